import { TZDate } from '@date-fns/tz'

// The times of a meeting report. Zoom writes the account's wall clock, "06/20/2024 09:02:11 AM" in
// its classic export and "2024-06-20 09:02:11" in the newer one; a report saved again by an
// Indonesian Excel has "20/06/2024 09.02"; Google Meet writes a time of day ("9:02 AM") or a full
// stamp. The zone is the session's venue zone (the account holder runs the session from there).

export type LocalStamp = { year: number; month: number; day: number; hour: number; minute: number; second: number }
/** How to read "a/b/yyyy": month first (Zoom, US) or day first (an Indonesian Excel). */
export type SlashOrder = 'MDY' | 'DMY'

const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ T,]+(.+)$/
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(.+)$/
const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/

function clock(text: string): { hour: number; minute: number; second: number } | null {
  const m = CLOCK.exec(text.trim())
  if (!m) return null
  let hour = Number(m[1])
  const minute = Number(m[2])
  const second = Number(m[3] ?? 0)
  const meridiem = m[4]?.toUpperCase()
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem === 'P' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return null
  return { hour, minute, second }
}

const validDate = (year: number, month: number, day: number) => {
  if (month < 1 || month > 12 || day < 1 || year < 2000 || year > 2100) return false
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
}

/** The two numbers of a slash date, or null when the text is not one. */
export function slashParts(text: string): [number, number] | null {
  const m = SLASH.exec(text.trim())
  return m ? [Number(m[1]), Number(m[2])] : null
}

/**
 * A wall-clock stamp of a report, or null when it cannot be read. A time of day alone is placed on
 * `defaultDate` (the session's local date). Zone offsets written in the text are kept.
 */
export function parseLocalStamp(text: string, order: SlashOrder, defaultDate: { year: number; month: number; day: number }): LocalStamp | Date | null {
  const value = text.trim()
  if (!value) return null
  // An instant with its own offset ("2024-06-20T02:02:11Z", the API's form): no zone to apply.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const instant = new Date(value)
    return Number.isFinite(instant.getTime()) ? instant : null
  }
  let date: { year: number; month: number; day: number } | null = null
  let rest = value
  const iso = ISO.exec(value)
  const slash = SLASH.exec(value)
  if (iso) {
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    rest = iso[4]
  } else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])]
    date = order === 'MDY' ? { year: Number(slash[3]), month: a, day: b } : { year: Number(slash[3]), month: b, day: a }
    rest = slash[4]
  } else {
    date = defaultDate
  }
  if (!validDate(date.year, date.month, date.day)) return null
  const time = clock(rest)
  return time ? { ...date, ...time } : null
}

/** A wall-clock stamp in `timeZone` as the instant it names. */
export function stampToInstant(stamp: LocalStamp | Date, timeZone: string): Date {
  if (stamp instanceof Date) return stamp
  return new Date(new TZDate(stamp.year, stamp.month - 1, stamp.day, stamp.hour, stamp.minute, stamp.second, timeZone).getTime())
}

/** The local calendar date of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const local = new TZDate(instant.getTime(), timeZone)
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }
}

/**
 * The order of the file's slash dates. A part above 12 settles it; otherwise the reading that puts
 * most stamps on the session's date wins, and Zoom's own month-first order breaks a tie.
 */
export function slashOrderOf(samples: string[], sessionDate: { year: number; month: number; day: number }): SlashOrder {
  const parts = samples.map(slashParts).filter((p): p is [number, number] => p !== null)
  if (parts.some(([a]) => a > 12)) return 'DMY'
  if (parts.some(([, b]) => b > 12)) return 'MDY'
  const onSession = (order: SlashOrder) =>
    parts.filter(([a, b]) => (order === 'MDY' ? a === sessionDate.month && b === sessionDate.day : b === sessionDate.month && a === sessionDate.day)).length
  return onSession('DMY') > onSession('MDY') ? 'DMY' : 'MDY'
}

/**
 * A duration as the reports write it: "58" (minutes), "1 hr 5 min", "1 jam 5 menit", "01:05:00",
 * "45 min 10 sec", "< 1 min". In minutes, or null.
 */
export function parseDurationMinutes(text: string): number | null {
  const value = text.trim().toLowerCase()
  if (!value) return null
  if (/^\d+([.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'))
  const hms = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value)
  if (hms) return hms[3] === undefined ? Number(hms[1]) * 60 + Number(hms[2]) : Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3]) / 60
  if (/^<\s*1\s*(min|mnt|menit)/.test(value)) return 0.5
  let minutes = 0
  let found = false
  for (const m of value.matchAll(/(\d+([.,]\d+)?)\s*(hours?|hrs?|h|jam|j|minutes?|mins?|menit|mnt|m|seconds?|secs?|s|detik|dtk)\b/g)) {
    const n = Number(m[1].replace(',', '.'))
    const unit = m[3]
    found = true
    if (/^(hours?|hrs?|h|jam|j)$/.test(unit)) minutes += n * 60
    else if (/^(seconds?|secs?|s|detik|dtk)$/.test(unit)) minutes += n / 60
    else minutes += n
  }
  return found ? minutes : null
}
