'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { completeStreamLines, describeProgress, IMPORT_STREAM_TYPE } from '@/lib/import-stream'
import { inputClass } from './form-fields'

/** A refusal before the stream began (sign-in, size, unreadable form) is a JSON body with a message. */
function errorMessageOf(body: string): string {
  try {
    return (JSON.parse(body) as { message?: string }).message ?? 'Berkas tidak dapat dibaca. Coba lagi.'
  } catch {
    return 'Berkas tidak dapat dibaca. Coba lagi.'
  }
}

type CohortOption = { id: string; label: string; quota: number; taken: number }

/**
 * Step 1 of the import: the file and the cohort. Sent with XMLHttpRequest so that a slow mobile
 * connection shows how much of the file has gone up; then the server checks every row and streams
 * where it stands (lib/import-stream.ts), so a file of thousands of rows shows real progress.
 */
export function ParticipantImportUpload({ cohorts, basePath }: { cohorts: CohortOption[]; basePath: string }) {
  const router = useRouter()
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle')
  const [percent, setPercent] = useState(0)
  const [checking, setChecking] = useState('Memeriksa setiap baris…')
  const [error, setError] = useState<string | null>(null)

  function fail(message: string) {
    setError(message)
    setPhase('idle')
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    setPercent(0)
    setPhase('uploading')
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/peserta/impor')
    xhr.setRequestHeader('Accept', IMPORT_STREAM_TYPE)
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100)) }
    xhr.upload.onload = () => {
      setPhase('checking')
      setPercent(0)
    }
    xhr.onprogress = () => {
      const progress = completeStreamLines(xhr.responseText).findLast((line) => line.type === 'progress')
      if (!progress) return
      const { label, percent: done } = describeProgress(progress)
      setChecking(label)
      setPercent(done)
    }
    xhr.onload = () => {
      if (xhr.status !== 200) return fail(errorMessageOf(xhr.responseText))
      const last = completeStreamLines(xhr.responseText).at(-1)
      if (last?.type === 'done') return router.push(`${basePath}/impor/${last.preview.batchId}`)
      fail(last?.type === 'error' ? last.message : 'Berkas tidak dapat dibaca. Coba lagi.')
    }
    xhr.onerror = () => fail('Koneksi terputus. Periksa sinyal lalu unggah lagi. Bila pemeriksaan sudah berjalan, hasilnya muncul di "Unggahan terakhir Anda".')
    xhr.send(new FormData(event.currentTarget))
  }

  const busy = phase !== 'idle'
  return (
    <form onSubmit={upload} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <label className="block text-sm font-medium text-slate-700">
        Kelas tujuan
        <select name="cohortId" required defaultValue="" className={`${inputClass} bg-white`}>
          <option value="" disabled>Pilih kelas…</option>
          {cohorts.map((c) => <option key={c.id} value={c.id}>{c.label} — {c.taken}/{c.quota} peserta</option>)}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Berkas daftar peserta (.xlsx atau .csv, maksimal 5 MB)
        <input name="file" type="file" required accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800" />
      </label>
      {busy ? (
        <div role="status" data-testid="upload-progress" className="space-y-1 text-sm text-slate-700">
          <p>{phase === 'uploading' ? `Mengunggah… ${percent}%` : checking}</p>
          <div className="h-2 overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={phase === 'uploading' ? 'Unggahan' : 'Pemeriksaan'}>
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
        </div>
      ) : null}
      {error ? <p role="alert" data-testid="upload-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">Unggah dan periksa</button>
        <a href="/api/peserta/impor/templat" className="text-sm text-brand-700 underline">Unduh templat Excel</a>
      </div>
      <p className="text-xs text-slate-500">Belum ada yang disimpan sampai Anda meninjau hasil pemeriksaan dan mengonfirmasinya. Berkas yang sama diunggah dua kali tidak mengubah apa pun.</p>
    </form>
  )
}
