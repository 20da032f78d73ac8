// The arithmetic of attendance recaps, pure so that pages, exports, the bench and the tests share it.
// JP (jam pelajaran) attended: the JP of every session marked Hadir or Terlambat. The share is taken
// against the cohort's whole agenda (the program's total JP for that cohort), as the certificate rule
// reads it, so before the last session most participants are still "below" — the recap says so.
import type { AttendanceStatus } from '@/generated/prisma/enums'

export const ATTENDANCE_STATUSES = ['HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const satisfies readonly AttendanceStatus[]

/** One letter per status, as paper attendance sheets use them. */
export const statusLetter: Record<AttendanceStatus, string> = { HADIR: 'H', TERLAMBAT: 'T', IZIN: 'I', SAKIT: 'S', ALPA: 'A' }

/** Hadir and Terlambat count their session's JP; Izin, Sakit and Alpa do not. */
export const countsAsAttended = (status: AttendanceStatus | null | undefined) => status === 'HADIR' || status === 'TERLAMBAT'

export type StatusCounts = Record<AttendanceStatus, number>
export const emptyCounts = (): StatusCounts => ({ HADIR: 0, TERLAMBAT: 0, IZIN: 0, SAKIT: 0, ALPA: 0 })

/** The JP attended over a cohort's sessions; `statuses[i]` is the mark of `sessions[i]` (null: none yet). */
export function attendedJp(sessions: readonly { jp: number }[], statuses: readonly (AttendanceStatus | null)[]): number {
  let total = 0
  sessions.forEach((s, i) => {
    if (countsAsAttended(statuses[i])) total += s.jp
  })
  return total
}

/** attended / total as a fraction 0–1; null when the agenda has no JP (nothing to measure). */
export function jpShare(attended: number, total: number): number | null {
  return total > 0 ? attended / total : null
}

/**
 * Below the program's minimum (minAttendancePercent of the total JP)? Compared in whole numbers so
 * that 80 % of 30 JP (24 JP) is met exactly, never missed by a rounding error. No JP: never below.
 */
export function isBelowMinimum(attended: number, total: number, minPercent: number): boolean {
  return total > 0 && attended * 100 < minPercent * total
}

/** Attended marks over expected participant-sessions as a fraction 0–1; null when nothing was expected. */
export function attendanceRate(attended: number, expected: number): number | null {
  return expected > 0 ? attended / expected : null
}

export type RateTally = { expected: number; counts: StatusCounts }

/** Sums tallies (cohorts into a province, provinces into a wave). */
export function sumTallies(tallies: readonly RateTally[]): RateTally {
  const counts = emptyCounts()
  let expected = 0
  for (const t of tallies) {
    expected += t.expected
    for (const s of ATTENDANCE_STATUSES) counts[s] += t.counts[s]
  }
  return { expected, counts }
}

/** Marks that count as attended, marks of any status, and expected participant-sessions still unmarked. */
export function tallyFigures({ expected, counts }: RateTally) {
  const attended = counts.HADIR + counts.TERLAMBAT
  const marked = ATTENDANCE_STATUSES.reduce((n, s) => n + counts[s], 0)
  return { attended, marked, unmarked: Math.max(0, expected - marked), rate: attendanceRate(attended, expected) }
}
