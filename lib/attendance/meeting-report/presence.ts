import type { AttendanceSettings } from '@/lib/attendance/rules'
import type { JoinRow } from './types'

// Minutes present and the status they earn. A person who rejoined (or joined from two devices at
// once) has several intervals: they are merged, so an overlap counts once, and clipped to the
// session, so waiting before the start or staying after the end earns nothing.

export type Interval = { from: number; to: number }
const MINUTE = 60_000

/** Sorted, non-overlapping intervals covering the same time. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged.at(-1)
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to)
    else merged.push({ ...interval })
  }
  return merged
}

/** Whole minutes present within [startsAt, endsAt], overlaps counted once. */
export function minutesPresent(rows: Pick<JoinRow, 'joinedAt' | 'leftAt'>[], session: { startsAt: Date; endsAt: Date }): number {
  const start = session.startsAt.getTime()
  const end = session.endsAt.getTime()
  const clipped = rows.map((r) => ({ from: Math.max(start, r.joinedAt.getTime()), to: Math.min(end, r.leftAt.getTime()) }))
  const total = mergeIntervals(clipped).reduce((sum, i) => sum + (i.to - i.from), 0)
  return Math.floor(total / MINUTE + 1e-9)
}

/**
 * HADIR when present at least onlinePresentPercent of the session's length, TERLAMBAT when such a
 * person's first join came after the grace period; null below the share. Below the share nothing is
 * marked automatically (decision 025): the report cannot tell a dropped connection from leaving,
 * and an automatic Alpa would overwrite an Izin or Sakit the trainer already recorded. The preview
 * lists those people with their minutes; the trainer marks them on the roster.
 */
export function reportStatus(
  presentMinutes: number,
  firstJoin: Date,
  session: { startsAt: Date; endsAt: Date },
  rules: Pick<AttendanceSettings, 'onlinePresentPercent' | 'lateGraceMinutes'>,
): 'HADIR' | 'TERLAMBAT' | null {
  const length = (session.endsAt.getTime() - session.startsAt.getTime()) / MINUTE
  const required = Math.ceil((length * rules.onlinePresentPercent) / 100 - 1e-9)
  if (presentMinutes < required) return null
  return firstJoin.getTime() > session.startsAt.getTime() + rules.lateGraceMinutes * MINUTE ? 'TERLAMBAT' : 'HADIR'
}

/** The minutes needed for HADIR/TERLAMBAT in this session. */
export function requiredMinutes(session: { startsAt: Date; endsAt: Date }, rules: Pick<AttendanceSettings, 'onlinePresentPercent'>): number {
  const length = (session.endsAt.getTime() - session.startsAt.getTime()) / MINUTE
  return Math.ceil((length * rules.onlinePresentPercent) / 100 - 1e-9)
}
