// The two printable daftar hadir of a session (A4 PDF): blank, to be signed on paper before marking,
// and filled with the statuses marked so far. Plain links (no client JavaScript); the route checks
// who may print (the session's trainers, officers in scope, Admin Pusat).
export const attendanceSheetHref = (sessionId: string, filled: boolean) =>
  `/api/presensi/${encodeURIComponent(sessionId)}/daftar-hadir${filled ? '?isi=1' : ''}`

const linkClass =
  'inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50'

export function AttendanceSheetLinks({ sessionId, compact = false }: { sessionId: string; compact?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-2">
      <a href={attendanceSheetHref(sessionId, false)} className={linkClass} download>
        {compact ? 'Daftar hadir kosong' : 'Daftar hadir kosong (PDF)'}
      </a>
      <a href={attendanceSheetHref(sessionId, true)} className={linkClass} download>
        {compact ? 'Daftar hadir terisi' : 'Daftar hadir terisi (PDF)'}
      </a>
    </span>
  )
}
