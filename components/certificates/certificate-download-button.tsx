'use client'
import { useState } from 'react'
import { createZipCounter } from '@/lib/certificates/zip-progress'

// Downloads a batch of certificates (a ZIP, or the merged print file) with progress on the page:
// the total comes in X-Certificate-Count; a ZIP's files are counted as they arrive (whole files
// only), the print file is made whole on the server, so it shows what has been received. Then saves.

type Props = { href: string; kind: 'zip' | 'print'; label: string }

export function CertificateDownloadButton({ href, kind, label }: Props) {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')

  async function download() {
    setBusy(true)
    setStatus(kind === 'zip' ? 'Menyiapkan sertifikat…' : 'Menyiapkan berkas cetak…')
    try {
      const response = await fetch(href, { credentials: 'same-origin' })
      if (!response.ok || !response.body) {
        setStatus((await response.text()) || 'Unduhan gagal. Coba lagi.')
        return
      }
      const total = Number(response.headers.get('x-certificate-count') ?? 0)
      const counter = createZipCounter()
      const chunks: Uint8Array<ArrayBuffer>[] = []
      let bytes = 0
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        bytes += value.length
        setStatus(kind === 'zip'
          ? `Menyiapkan ${Math.min(counter.push(value), total)} dari ${total} sertifikat…`
          : `Mengunduh berkas cetak ${total} sertifikat… ${Math.round(bytes / 1024)} KB`)
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? (kind === 'zip' ? 'sertifikat.zip' : 'sertifikat.pdf')
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }))
      const a = document.createElement('a')
      a.href = url
      a.download = name
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setStatus(`${total} sertifikat tersimpan sebagai ${name}.`)
    } catch {
      setStatus('Sambungan terputus. Coba lagi.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <button type="button" onClick={download} disabled={busy} className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-800 disabled:opacity-60">
        {label}
      </button>
      <p role="status" aria-live="polite" className="text-xs text-slate-600">{status}</p>
    </div>
  )
}
