// A cohort's attendance recap: participants × sessions, each cell a status letter with its colour,
// JP attended and the share against the program's minimum; those below are marked in words and colour.
// Phones: the name column stays put while the sessions scroll sideways (with a hint saying so).
import Link from 'next/link'
import { format } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { attendanceStatusLabel } from '@/lib/i18n/id'
import { formatNumber, formatPercent, formatSessionTime } from '@/lib/format/date-time'
import type { CohortAttendanceRecap } from '@/lib/server/attendance/get-cohort-attendance-recap'
import { EmptyState, Section, Stat, StatGrid } from '../ui'
import { AttendanceSheetLinks } from './attendance-sheet-links'
import { StatusLegend, StatusLetter } from './attendance-status-chip'

type Props = {
  recap: CohortAttendanceRecap
  /** Officers: where a cell leads to correct its mark. Trainers get no link (read-only). */
  correctionHref?: (sessionId: string, enrolmentId: string) => string
  /** The Excel export of this recap, when the viewer may export. */
  exportHref?: string
}

export function CohortAttendanceRecapView({ recap, correctionHref, exportHref }: Props) {
  const { cohort, sessions, rows, totalJp, minPercent, belowCount, perSession } = recap
  const { timeZone, timeZoneLabel } = cohort.province
  const minJp = Math.ceil((minPercent * totalJp) / 100)
  const local = (d: Date, pattern: string) => format(new TZDate(d, timeZone), pattern)
  return (
    <>
      <StatGrid>
        <Stat label="Peserta" value={formatNumber(rows.length)} hint="tidak termasuk yang mundur" />
        <Stat label="Sesi" value={formatNumber(sessions.length)} hint={`${formatNumber(totalJp)} JP seluruhnya`} />
        <Stat label="Minimum kehadiran" value={`${minPercent}%`} hint={`${formatNumber(minJp)} dari ${formatNumber(totalJp)} JP`} />
        <Stat label="Di bawah minimum" value={formatNumber(belowCount)} hint="dihitung terhadap seluruh JP kelas" />
      </StatGrid>
      <Section title="Rekap per peserta" action={exportHref ? (
        <a href={exportHref} download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Ekspor ke Excel</a>
      ) : undefined}>
        <div className="mb-3 space-y-2">
          <StatusLegend />
          <p className="text-xs text-slate-600">
            JP dihitung dari sesi berstatus Hadir atau Terlambat. {correctionHref ? 'Ketuk sebuah sel untuk melihat riwayat dan mengoreksi catatan.' : 'Tampilan ini hanya untuk dibaca.'}
          </p>
        </div>
        {!rows.length || !sessions.length ? (
          <EmptyState>{!sessions.length ? 'Agenda kelas ini belum disusun.' : 'Belum ada peserta di kelas ini.'}</EmptyState>
        ) : (
          <>
            <p className="mb-1 text-xs font-medium text-slate-500 md:hidden" aria-hidden="true">Geser tabel ke samping untuk melihat semua sesi →</p>
            <div className="max-h-[75dvh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm" role="region" aria-label="Tabel rekap kehadiran" tabIndex={0}>
              <table className="min-w-full border-separate border-spacing-0 text-sm" data-testid="attendance-recap">
                <caption className="sr-only">Kehadiran peserta per sesi, JP hadir, dan persentasenya</caption>
                <thead className="sticky top-0 z-20 bg-slate-50">
                  <tr>
                    <th scope="col" className="sticky left-0 z-30 border-b border-r border-slate-200 bg-slate-50 px-3 py-2 text-left font-medium text-slate-600">Peserta</th>
                    {sessions.map((s, i) => (
                      <th key={s.id} scope="col" title={`${s.title} — ${formatSessionTime(s.startsAt, s.endsAt, timeZone, timeZoneLabel)}`} className="border-b border-slate-200 px-1 py-2 text-center text-xs font-medium whitespace-nowrap text-slate-600">
                        <span className="block">S{i + 1}</span>
                        <span className="block font-normal text-slate-500">{local(s.startsAt, 'd/M')}</span>
                        <span className="block font-normal text-slate-500">{s.jp} JP</span>
                        <span className="sr-only">{s.title}</span>
                      </th>
                    ))}
                    <th scope="col" className="border-b border-l border-slate-200 px-2 py-2 text-right text-xs font-medium whitespace-nowrap text-slate-600">JP hadir</th>
                    <th scope="col" className="border-b border-slate-200 px-2 py-2 text-right text-xs font-medium text-slate-600">%</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const rowTone = r.below ? 'bg-red-50' : 'bg-white'
                    return (
                      <tr key={r.enrolmentId} data-below={r.below ? 'true' : undefined}>
                        <th scope="row" className={`sticky left-0 z-10 max-w-[9.5rem] border-b border-r border-slate-100 px-3 py-1.5 text-left font-normal sm:max-w-xs ${rowTone}`}>
                          <span className="line-clamp-2 font-medium break-words text-slate-900">{r.name}</span>
                          <span className="block truncate text-xs text-slate-600">{r.institutionName}</span>
                          {r.below ? <span className="mt-0.5 inline-block rounded bg-red-100 px-1.5 text-[11px] font-semibold text-red-800">Di bawah {minPercent}%</span> : null}
                        </th>
                        {r.statuses.map((status, i) => {
                          const s = sessions[i]
                          const label = `${r.name}, S${i + 1} ${s.title}: ${status ? attendanceStatusLabel[status] : 'belum dicatat'}`
                          return (
                            <td key={s.id} className={`border-b border-slate-100 p-0.5 text-center ${rowTone}`}>
                              {correctionHref ? (
                                <Link href={correctionHref(s.id, r.enrolmentId)} aria-label={`Koreksi ${label}`} className="inline-flex h-9 w-9 items-center justify-center rounded hover:ring-2 hover:ring-brand-600">
                                  <StatusLetter status={status} />
                                </Link>
                              ) : (
                                <span title={label} className="inline-flex h-9 w-9 items-center justify-center"><StatusLetter status={status} /></span>
                              )}
                            </td>
                          )
                        })}
                        <td className={`border-b border-l border-slate-100 px-2 text-right tabular-nums ${rowTone}`}>{formatNumber(r.attendedJp)}</td>
                        <td className={`border-b border-slate-100 px-2 text-right font-semibold tabular-nums ${r.below ? 'text-red-800' : 'text-slate-900'} ${rowTone}`}>{formatPercent(r.share)}</td>
                      </tr>
                    )
                  })}
                </tbody>
                <tfoot className="bg-slate-50 text-xs text-slate-600">
                  <tr>
                    <th scope="row" className="sticky left-0 z-10 border-r border-slate-200 bg-slate-50 px-3 py-2 text-left font-medium">Hadir + terlambat</th>
                    {perSession.map((c, i) => (
                      <td key={sessions[i].id} className="px-1 py-2 text-center tabular-nums">{c.HADIR + c.TERLAMBAT}</td>
                    ))}
                    <td className="border-l border-slate-200" colSpan={2} />
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
      </Section>
      <Section title={`Sesi dan daftar hadir (waktu setempat, ${timeZoneLabel})`}>
        {sessions.length ? (
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Sesi kelas">
            {sessions.map((s, i) => {
              const c = perSession[i]
              const marked = c.HADIR + c.TERLAMBAT + c.IZIN + c.SAKIT + c.ALPA
              return (
                <li key={s.id} className="flex flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium text-slate-900">S{i + 1}. {s.title}</p>
                    <p className="text-slate-600">{formatSessionTime(s.startsAt, s.endsAt, timeZone, timeZoneLabel)} · {s.jp} JP</p>
                    <p className="text-xs text-slate-500">Tercatat {formatNumber(marked)} dari {formatNumber(rows.length)} · hadir {c.HADIR}, terlambat {c.TERLAMBAT}, izin {c.IZIN}, sakit {c.SAKIT}, alpa {c.ALPA}</p>
                  </div>
                  <AttendanceSheetLinks sessionId={s.id} compact />
                </li>
              )
            })}
          </ol>
        ) : <EmptyState>Agenda kelas ini belum disusun.</EmptyState>}
      </Section>
    </>
  )
}
