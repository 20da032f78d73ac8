'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

/**
 * Posts to /api/peserta/kartu and saves the PDF. Without JavaScript the plain form post downloads it
 * too; with it, a refusal is shown here instead of on a bare page and the counts refresh.
 */
export function ParticipantCardsForm({ cohortId, withoutCodeCount, activeCount }: { cohortId: string; withoutCodeCount: number; activeCount: number }) {
  const router = useRouter()
  const [reissueAll, setReissueAll] = useState(false)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setPending(true)
    setMessage(null)
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form) })
      if (!response.ok) {
        setMessage({ tone: 'error', text: (await response.text()) || 'Kartu gagal dibuat. Coba lagi.' })
        return
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kartu-peserta.pdf'
      const url = URL.createObjectURL(await response.blob())
      const link = Object.assign(document.createElement('a'), { href: url, download: name })
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setMessage({ tone: 'success', text: `Kartu tersimpan sebagai ${name}. Kode di dalamnya tidak ditampilkan lagi: simpan dan cetak berkas ini.` })
      setReissueAll(false)
      router.refresh()
    } catch {
      setMessage({ tone: 'error', text: 'Kartu gagal dibuat. Periksa koneksi lalu coba lagi.' })
    } finally {
      setPending(false)
    }
  }

  const count = reissueAll ? activeCount : withoutCodeCount
  return (
    <form action="/api/peserta/kartu" method="post" onSubmit={submit} className="space-y-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="semua" value="1" checked={reissueAll} onChange={(e) => setReissueAll(e.target.checked)} className="mt-0.5" />
        <span>Buat ulang kode untuk semua peserta (kode lama tidak berlaku)</span>
      </label>
      {reissueAll ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" role="note">
          Semua {activeCount} peserta aktif mendapat kode baru. Kode akses dan tautan masuk yang sudah dibagikan langsung tidak berlaku.
        </p>
      ) : null}
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`rounded-md px-3 py-2 text-sm ${message.tone === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={pending || count === 0} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Membuat kartu…' : count === 0 ? 'Semua peserta sudah memiliki kode' : `Cetak ${count} kartu peserta (PDF)`}
      </button>
    </form>
  )
}
