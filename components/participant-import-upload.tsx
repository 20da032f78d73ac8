'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { inputClass } from './form-fields'

type CohortOption = { id: string; label: string; quota: number; taken: number }

/**
 * Step 1 of the import: the file and the cohort. Sent with XMLHttpRequest so that a slow mobile
 * connection shows how much of the file has gone up; then the server checks every row.
 */
export function ParticipantImportUpload({ cohorts, basePath }: { cohorts: CohortOption[]; basePath: string }) {
  const router = useRouter()
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle')
  const [percent, setPercent] = useState(0)
  const [error, setError] = useState<string | null>(null)

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    setPercent(0)
    setPhase('uploading')
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/peserta/impor')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100)) }
    xhr.upload.onload = () => setPhase('checking')
    xhr.onload = () => {
      const body = xhr.response as { batchId?: string; message?: string } | null
      if (xhr.status === 200 && body?.batchId) return router.push(`${basePath}/impor/${body.batchId}`)
      setError(body?.message ?? 'Berkas tidak dapat dibaca. Coba lagi.')
      setPhase('idle')
    }
    xhr.onerror = () => {
      setError('Koneksi terputus. Periksa sinyal lalu unggah lagi.')
      setPhase('idle')
    }
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
          <p>{phase === 'uploading' ? `Mengunggah… ${percent}%` : 'Memeriksa setiap baris… (berkas besar perlu beberapa detik)'}</p>
          <div className="h-2 overflow-hidden rounded bg-slate-200">
            <div className={`h-full bg-brand-600 ${phase === 'checking' ? 'animate-pulse' : ''}`} style={{ width: `${phase === 'checking' ? 100 : percent}%` }} />
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
