// The time rules of attendance, pure so that the server, the roster on the device and the tests
// share them. Instants are Dates (UTC); the settings are the national ones on /admin/pengaturan.

export type AttendanceSettings = {
  /** Days after a session's end during which its trainers may still mark; afterwards only corrections. */
  lockDays: number
  /** Minutes after the start after which a self check-in counts as late (Terlambat). */
  lateGraceMinutes: number
  /** Minutes before the start at which self check-in and marking open. */
  checkInOpensMinutes: number
  /** Share of an online session (percent) a participant must be present to count as Hadir. */
  onlinePresentPercent: number
}

export const DEFAULT_ATTENDANCE_SETTINGS: AttendanceSettings = {
  lockDays: 3,
  lateGraceMinutes: 15,
  checkInOpensMinutes: 30,
  onlinePresentPercent: 75,
}

export type SessionTimes = { startsAt: Date; endsAt: Date }

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** When self check-in and a trainer's marking open: a set time before the start. */
export const markingOpensAt = (s: SessionTimes, rules: AttendanceSettings) => new Date(s.startsAt.getTime() - rules.checkInOpensMinutes * MINUTE)

/** When a trainer's marking locks: a set number of days after the end. */
export const markingLocksAt = (s: SessionTimes, rules: AttendanceSettings) => new Date(s.endsAt.getTime() + rules.lockDays * DAY)

export type MarkingWindow = 'NOT_YET' | 'OPEN' | 'LOCKED'

/** Whether a trainer may mark this session at `at`. */
export function markingWindow(s: SessionTimes, rules: AttendanceSettings, at: Date): MarkingWindow {
  if (at < markingOpensAt(s, rules)) return 'NOT_YET'
  if (at > markingLocksAt(s, rules)) return 'LOCKED'
  return 'OPEN'
}

export type CheckInWindow = 'NOT_YET' | 'OPEN' | 'CLOSED'

/** Self check-in opens a set time before the start and closes at the end. */
export function checkInWindow(s: SessionTimes, rules: AttendanceSettings, at: Date): CheckInWindow {
  if (at < markingOpensAt(s, rules)) return 'NOT_YET'
  if (at > s.endsAt) return 'CLOSED'
  return 'OPEN'
}

/** Hadir up to the grace period after the start, Terlambat after it. */
export const checkInStatus = (s: SessionTimes, rules: AttendanceSettings, at: Date): 'HADIR' | 'TERLAMBAT' =>
  at.getTime() > s.startsAt.getTime() + rules.lateGraceMinutes * MINUTE ? 'TERLAMBAT' : 'HADIR'

/**
 * The marking time the server keeps for a mark a device says it made at `claimed`: a device clock
 * far off is pulled into the session's marking window and never later than the mark's arrival.
 */
export function clampMarkedAt(claimed: Date | null, s: SessionTimes, rules: AttendanceSettings, receivedAt: Date): Date {
  const earliest = markingOpensAt(s, rules).getTime()
  const latest = Math.max(earliest, Math.min(receivedAt.getTime(), markingLocksAt(s, rules).getTime()))
  const t = claimed && Number.isFinite(claimed.getTime()) ? claimed.getTime() : receivedAt.getTime()
  return new Date(Math.min(latest, Math.max(earliest, t)))
}
