import type { AttendanceStatus } from '@/generated/prisma/enums'
import { statusLetter } from '@/lib/attendance/recap'
import { attendanceStatusLabel } from '@/lib/i18n/id'

// Colour and letter together, never colour alone; the full word is there for screen readers.
export const statusTone: Record<AttendanceStatus, string> = {
  HADIR: 'bg-green-100 text-green-800',
  TERLAMBAT: 'bg-amber-100 text-amber-900',
  IZIN: 'bg-sky-100 text-sky-800',
  SAKIT: 'bg-violet-100 text-violet-800',
  ALPA: 'bg-red-100 text-red-800',
}

export function StatusLetter({ status }: { status: AttendanceStatus | null }) {
  if (!status) return <><span aria-hidden="true" className="text-slate-400">·</span><span className="sr-only">Belum dicatat</span></>
  return (
    <span className={`inline-flex h-7 w-7 items-center justify-center rounded font-semibold ${statusTone[status]}`}>
      <span aria-hidden="true">{statusLetter[status]}</span>
      <span className="sr-only">{attendanceStatusLabel[status]}</span>
    </span>
  )
}

export function StatusLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700" aria-label="Keterangan status">
      {(Object.keys(statusTone) as AttendanceStatus[]).map((s) => (
        <li key={s} className="flex items-center gap-1.5"><StatusLetter status={s} /><span>{attendanceStatusLabel[s]}</span></li>
      ))}
      <li className="flex items-center gap-1.5"><span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded border border-dashed border-slate-300 text-slate-400">·</span><span>Belum dicatat</span></li>
    </ul>
  )
}
