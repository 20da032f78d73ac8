// Pure: a trainer's sessions by the calendar day they happen on AT THE VENUE, and the month grid
// of the schedule page. Calendar days are 'YYYY-MM-DD' strings; no server time zone is involved.
import { format } from 'date-fns'
import { id as idLocale } from 'date-fns/locale'
import { TZDate } from '@date-fns/tz'

type Zoned = { startsAt: Date; timeZone: string }

/** The local calendar day of an instant in a zone: '2024-05-22'. */
export const localDateKey = (instant: Date, timeZone: string) => format(new TZDate(instant, timeZone), 'yyyy-MM-dd')

/** "13.00–14.30 WIB": a session's hours at the venue. */
export const localTimeRange = (start: Date, end: Date, timeZone: string, label: string) =>
  `${format(new TZDate(start, timeZone), 'HH.mm')}–${format(new TZDate(end, timeZone), 'HH.mm')} ${label}`

/** Sessions grouped by their local day, days and sessions in the order given. */
export function groupByLocalDay<T extends Zoned>(sessions: T[]): { date: string; sessions: T[] }[] {
  const days = new Map<string, T[]>()
  for (const s of sessions) {
    const key = localDateKey(s.startsAt, s.timeZone)
    const day = days.get(key)
    if (day) day.push(s)
    else days.set(key, [s])
  }
  return [...days].map(([date, list]) => ({ date, sessions: list }))
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** '2024-05' from a query parameter, or null when it is missing or malformed. */
export function parseMonthKey(raw: unknown): string | null {
  return typeof raw === 'string' && MONTH.test(raw) ? raw : null
}

export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number)
  const date = new Date(Date.UTC(year, m - 1 + delta, 1))
  return date.toISOString().slice(0, 7)
}

/** "Mei 2024". */
export const monthLabel = (month: string) => format(new TZDate(`${month}-01T00:00:00Z`, 'UTC'), 'MMMM yyyy', { locale: idLocale })

/** "Rabu, 22 Mei 2024" for a '2024-05-22' day. */
export const dayLabel = (date: string) => format(new TZDate(`${date}T00:00:00Z`, 'UTC'), 'EEEE, d MMMM yyyy', { locale: idLocale })

/**
 * The month to show first: that of the next session still ahead, else that of the latest one,
 * else `today`'s. Months are taken at the venue, like every date of the schedule.
 */
export function defaultMonth<T extends Zoned & { endsAt: Date }>(sessionsByStart: T[], now: Date, today: string): string {
  const next = sessionsByStart.find((s) => s.endsAt >= now) ?? sessionsByStart.at(-1)
  return next ? localDateKey(next.startsAt, next.timeZone).slice(0, 7) : today.slice(0, 7)
}

export type CalendarDay = { date: string; day: number; inMonth: boolean }

/** Whole weeks, Monday first (as Indonesian calendars print them), covering the month. */
export function monthWeeks(month: string): CalendarDay[][] {
  const first = new Date(`${month}-01T00:00:00Z`)
  const offset = (first.getUTCDay() + 6) % 7 // days since Monday
  const cursor = new Date(first)
  cursor.setUTCDate(1 - offset)
  const weeks: CalendarDay[][] = []
  do {
    const week: CalendarDay[] = []
    for (let i = 0; i < 7; i++) {
      const date = cursor.toISOString().slice(0, 10)
      week.push({ date, day: cursor.getUTCDate(), inMonth: date.startsWith(month) })
      cursor.setUTCDate(cursor.getUTCDate() + 1)
    }
    weeks.push(week)
  } while (cursor.toISOString().startsWith(month))
  return weeks
}

export const WEEKDAYS_SHORT = ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'] as const
