// Dates as Indonesians read them, in the venue's own time zone with its WIB/WITA/WIT label:
// "Rabu, 22 Mei 2024 pukul 09.30 WIB". Instants are stored in UTC; calendar dates (@db.Date)
// arrive as UTC midnight and are formatted in UTC so they never shift a day.
import { format } from 'date-fns'
import { id } from 'date-fns/locale'
import { TZDate } from '@date-fns/tz'

export function formatDateTimeInZone(instant: Date, timeZone: string, label: string): string {
  return `${format(new TZDate(instant, timeZone), "EEEE, d MMMM yyyy 'pukul' HH.mm", { locale: id })} ${label}`
}

/** "Rabu, 12 Juni 2024 pukul 13.00–16.00 WIB" (a session within one local day). */
export function formatSessionTime(start: Date, end: Date, timeZone: string, label: string): string {
  const day = format(new TZDate(start, timeZone), "EEEE, d MMMM yyyy 'pukul' HH.mm", { locale: id })
  return `${day}–${format(new TZDate(end, timeZone), 'HH.mm')} ${label}`
}

/** "22 Mei 2024 09.30 WIB": an instant in a table cell. */
export function formatShortDateTimeInZone(instant: Date, timeZone: string, label: string): string {
  return `${format(new TZDate(instant, timeZone), 'd MMM yyyy HH.mm', { locale: id })} ${label}`
}

export function formatTimeInZone(instant: Date, timeZone: string, label: string): string {
  return `${format(new TZDate(instant, timeZone), 'HH.mm', { locale: id })} ${label}`
}

export function formatCalendarDate(date: Date, pattern = 'd MMMM yyyy'): string {
  return format(new TZDate(date, 'UTC'), pattern, { locale: id })
}

/** "19–23 Mei 2024", "29 Mei – 2 Juni 2024", "30 Desember 2024 – 3 Januari 2025". */
export function formatDateRange(start: Date, end: Date): string {
  const s = new TZDate(start, 'UTC')
  const e = new TZDate(end, 'UTC')
  if (s.getFullYear() !== e.getFullYear()) return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`
  if (s.getMonth() !== e.getMonth()) return `${formatCalendarDate(start, 'd MMMM')} – ${formatCalendarDate(end)}`
  if (s.getDate() === e.getDate()) return formatCalendarDate(start)
  return `${s.getDate()}–${formatCalendarDate(end)}`
}

// Building an Intl formatter costs far more than using one: make each once.
const numberFormat = new Intl.NumberFormat('id-ID')
const percentFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 })

export const formatNumber = (n: number) => numberFormat.format(n)

export const formatPercent = (share: number | null) => (share == null ? '–' : `${percentFormat.format(share * 100)}%`)
