// The rules that decide whether a trainer may take a cohort: never two cohorts on the same day,
// never on a date they marked unavailable, and enough free days to travel between cohorts in
// different provinces. Pure, on 'YYYY-MM-DD' calendar dates (inclusive), so the assignment
// action, the proposal and the tests all share one definition.
import { formatDateRange } from '@/lib/format/date-time'
import { daysBetween } from './agenda'

/** ISO dates, inclusive; label names the cohort with its dates, e.g. "Kelas Jawa Barat (20–23 Mei 2024)" (see bookingLabel). */
export type Booking = { cohortId: string; provinceCode: string; startDate: string; endDate: string; label?: string }
export type Unavailable = { startDate: string; endDate: string; reason?: string | null }
export type ConflictCode = 'ALREADY_ASSIGNED' | 'OVERLAP' | 'UNAVAILABLE' | 'TRAVEL_GAP'
/** message in Indonesian, naming the other cohort and its dates. */
export type Conflict = { code: ConflictCode; message: string; cohortId?: string }
/** Free days required between cohorts in DIFFERENT provinces (0 = may fly the day after). */
export type SchedulingRules = { travelGapDays: number }

/** "20–23 Mei 2024" from ISO calendar dates. */
export function formatIsoDateRange(startDate: string, endDate: string): string {
  return formatDateRange(new Date(`${startDate}T00:00:00Z`), new Date(`${endDate}T00:00:00Z`))
}

/** "Kelas Bali (20–23 Mei 2024)": the label conflict messages expect. */
export function bookingLabel(name: string, startDate: string, endDate: string): string {
  return `${name} (${formatIsoDateRange(startDate, endDate)})`
}

const rangesIntersect = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) =>
  a.startDate <= b.endDate && b.startDate <= a.endDate

/** Free days strictly between two ranges that do not intersect. */
function freeDaysBetween(a: Booking, b: Booking): number {
  return a.endDate < b.startDate ? daysBetween(a.endDate, b.startDate) - 1 : daysBetween(b.endDate, a.startDate) - 1
}

export type ConflictMatch =
  | { code: 'ALREADY_ASSIGNED' | 'OVERLAP'; booking: Booking }
  | { code: 'TRAVEL_GAP'; booking: Booking; freeDays: number }
  | { code: 'UNAVAILABLE'; unavailable: Unavailable }

/**
 * The conflicts without their messages: the proposal calls this hundreds of thousands of times.
 * With `firstOnly` it stops at the first match (enough to know a trainer is not eligible).
 */
export function matchConflicts(
  candidate: Booking, existing: readonly Booking[], unavailable: readonly Unavailable[], rules: SchedulingRules, firstOnly = false,
): ConflictMatch[] {
  const matches: ConflictMatch[] = []
  for (const booking of existing) {
    if (booking.cohortId === candidate.cohortId) {
      matches.push({ code: 'ALREADY_ASSIGNED', booking })
    } else if (rangesIntersect(candidate, booking)) {
      matches.push({ code: 'OVERLAP', booking })
    } else if (booking.provinceCode !== candidate.provinceCode) {
      const freeDays = freeDaysBetween(candidate, booking)
      if (freeDays < rules.travelGapDays) matches.push({ code: 'TRAVEL_GAP', booking, freeDays })
    }
    if (firstOnly && matches.length > 0) return matches
  }
  for (const range of unavailable) {
    if (rangesIntersect(candidate, range)) {
      matches.push({ code: 'UNAVAILABLE', unavailable: range })
      if (firstOnly) return matches
    }
  }
  return matches
}

const describeBooking = (b: Booking) => b.label ?? `kelas lain (${formatIsoDateRange(b.startDate, b.endDate)})`

function toConflict(match: ConflictMatch, rules: SchedulingRules): Conflict {
  switch (match.code) {
    case 'ALREADY_ASSIGNED':
      return { code: match.code, cohortId: match.booking.cohortId, message: `Pelatih sudah ditugaskan di ${describeBooking(match.booking)}.` }
    case 'OVERLAP':
      return {
        code: match.code,
        cohortId: match.booking.cohortId,
        message: `Pelatih sudah bertugas di ${describeBooking(match.booking)} pada tanggal yang beririsan.`,
      }
    case 'TRAVEL_GAP': {
      const available = match.freeDays === 0 ? 'tidak ada hari kosong di antaranya' : `hanya ada ${match.freeDays} hari kosong`
      return {
        code: match.code,
        cohortId: match.booking.cohortId,
        message: `Pelatih bertugas di ${describeBooking(match.booking)} di provinsi lain: perlu jeda perjalanan minimal ${rules.travelGapDays} hari, sedangkan ${available}.`,
      }
    }
    case 'UNAVAILABLE': {
      const { startDate, endDate, reason } = match.unavailable
      const why = reason?.trim() ? ` (${reason.trim()})` : ''
      return { code: match.code, message: `Pelatih tidak tersedia pada ${formatIsoDateRange(startDate, endDate)}${why}.` }
    }
  }
}

/**
 * Why `candidate` cannot be given to a trainer who already has `existing` bookings and the
 * `unavailable` ranges; empty when it can. A booking of the same cohort is ALREADY_ASSIGNED
 * (and not compared further); overlapping dates (inclusive) are OVERLAP; a cohort in another
 * province with fewer free days in between than rules.travelGapDays is TRAVEL_GAP (cohorts in
 * the same province may follow each other directly).
 */
export function findConflicts(candidate: Booking, existing: Booking[], unavailable: Unavailable[], rules: SchedulingRules): Conflict[] {
  return matchConflicts(candidate, existing, unavailable, rules).map((match) => toConflict(match, rules))
}
