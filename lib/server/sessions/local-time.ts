// Pure helpers between stored UTC instants / @db.Date values and the venue's wall clock.
// Calendar dates travel as 'YYYY-MM-DD' strings; times of day as minutes after local midnight.
import { TZDate } from '@date-fns/tz'
import { addDays, localToUtc } from '@/lib/scheduling/agenda'

/** A @db.Date value (UTC midnight) as 'YYYY-MM-DD'. */
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10)

/** 'YYYY-MM-DD' as the UTC-midnight Date that a @db.Date column stores. */
export const fromIsoDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

/** The venue's local calendar date and minutes after local midnight of a UTC instant. */
export function utcToLocal(instant: Date, timeZone: string): { date: string; minutes: number } {
  const local = new TZDate(instant.getTime(), timeZone)
  const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
  return { date, minutes: local.getHours() * 60 + local.getMinutes() }
}

/**
 * The same local wall-clock time `days` calendar days later. Shifting by 24 h multiples in UTC
 * would drift across a daylight-saving change; re-planning from the wall clock never does.
 */
export function shiftInLocalTime(instant: Date, days: number, timeZone: string): Date {
  const { date, minutes } = utcToLocal(instant, timeZone)
  return localToUtc(addDays(date, days), minutes, timeZone)
}

/** 'HH:MM' (24-hour, as <input type="time"> sends it) as minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim())
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** Minutes after midnight as 'HH:MM'. */
export const formatClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
