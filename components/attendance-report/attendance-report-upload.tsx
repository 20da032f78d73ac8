'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

/**
 * The report's upload: the CSV goes to /api/presensi/laporan, which checks it and keeps a preview;
 * then the preview page opens. Nothing is marked here.
 */
export function AttendanceReportUpload({ sessionId, basePath, session }: { sessionId: string; basePath: string; session: { startsAt: string; endsAt: string; timeZone: string } }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    setBusy(true)
    try {
      const body = new FormData(event.currentTarget)
      // One retry when the request never got an answer (a kept-alive connection the server had just
      // closed): at worst a second preview is stored, never a mark.
      const response = await fetch('/api/presensi/laporan', { method: 'POST', body }).catch(() => fetch('/api/presensi/laporan', { method: 'POST', body }))
      const answer = (await response.json().catch(() => ({}))) as { reportId?: string; message?: string }
      if (response.ok && answer.reportId) {
        router.push(`${basePath}/${answer.reportId}`)
        return
      }
      setError(answer.message ?? 'Berkas tidak dapat diperiksa. Coba lagi.')
    } catch {
      setError('Koneksi terputus. Periksa sinyal lalu unggah lagi.')
    }
    setBusy(false)
  }

  return (
    // The session's times travel with the form (data-*): tests build a report of this session from them.
    <form onSubmit={upload} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" noValidate data-testid="report-upload"
      data-starts-at={session.startsAt} data-ends-at={session.endsAt} data-time-zone={session.timeZone}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <label className="block text-sm font-medium text-slate-700">
        Laporan peserta (.csv, maksimal 2 MB)
        <input name="file" type="file" required accept=".csv,text/csv" className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800" />
      </label>
      {error ? <p role="alert" data-testid="upload-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      <button type="submit" disabled={busy} className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto">
        {busy ? 'Memeriksa…' : 'Unggah dan periksa'}
      </button>
      <p className="text-xs text-slate-500">
        Zoom: Laporan → Penggunaan → kolom Peserta → Ekspor (centang &ldquo;Ekspor dengan data rapat&rdquo;). Google Meet: laporan kehadiran dari e-mail atau Google Kalender, unduh sebagai CSV.
        Belum ada yang ditandai sampai Anda meninjau hasilnya dan menekan Konfirmasi.
      </p>
    </form>
  )
}
