import Link from 'next/link'
import { localTimeRange, monthLabel, monthWeeks, shiftMonth, WEEKDAYS_SHORT } from '@/lib/server/schedule/local-days'

type CalendarSession = { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string; timeZoneLabel: string }

// A server-rendered month grid: no client JavaScript. On a phone a day shows how many sessions it
// holds and links to that day in the list below; from md up it lists each session's hours at the venue.
export function TrainerMonthCalendar({ month, sessionsByDay, today, hrefFor }: {
  month: string
  /** Sessions by their local day at the venue ('2024-05-22'). */
  sessionsByDay: Map<string, CalendarSession[]>
  today: string
  hrefFor: (month: string) => string
}) {
  const previous = shiftMonth(month, -1)
  const next = shiftMonth(month, 1)
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="month-calendar">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-2 py-2">
        <Link href={hrefFor(previous)} className="rounded-md px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50" aria-label={`Bulan sebelumnya, ${monthLabel(previous)}`}>‹ <span className="hidden sm:inline">{monthLabel(previous)}</span></Link>
        <h3 className="text-base font-semibold text-slate-900" aria-live="polite">{monthLabel(month)}</h3>
        <Link href={hrefFor(next)} className="rounded-md px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50" aria-label={`Bulan berikutnya, ${monthLabel(next)}`}><span className="hidden sm:inline">{monthLabel(next)}</span> ›</Link>
      </div>
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">Kalender sesi {monthLabel(month)}, waktu setempat lokasi kelas</caption>
        <thead>
          <tr>{WEEKDAYS_SHORT.map((d) => <th key={d} scope="col" className="py-1 text-xs font-medium text-slate-500">{d}</th>)}</tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0].date}>
              {week.map(({ date, day, inMonth }) => {
                const sessions = sessionsByDay.get(date) ?? []
                return (
                  <td key={date} className={`h-12 border-t border-slate-100 p-1 align-top md:h-24 ${inMonth ? '' : 'bg-slate-50 text-slate-500'} ${sessions.length ? 'bg-brand-50' : ''}`} data-testid={`calendar-day-${date}`}>
                    <span className={`inline-block min-w-6 rounded-full text-center text-xs ${date === today ? 'bg-brand-700 font-semibold text-white' : ''}`}>{day}</span>
                    {sessions.length ? (
                      <>
                        <a href={`#hari-${date}`} className="block text-xs font-semibold text-brand-700 md:hidden" aria-label={`${sessions.length} sesi, lihat di daftar`}>● {sessions.length}</a>
                        <ul className="hidden space-y-0.5 md:block">
                          {sessions.map((s) => (
                            <li key={s.id} className="text-[11px] leading-6 text-slate-700" title={`${s.title}, ${localTimeRange(s.startsAt, s.endsAt, s.timeZone, s.timeZoneLabel)}`}>
                              <a href={`#hari-${date}`} className="block truncate hover:underline"><span className="font-medium tabular-nums">{localTimeRange(s.startsAt, s.endsAt, s.timeZone, s.timeZoneLabel)}</span> {s.title}</a>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
