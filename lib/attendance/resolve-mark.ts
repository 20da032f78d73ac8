// What one incoming mark does to the session's current mark for that participant: pure, so that the
// server and the tests share the rule (decision 021).
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'

export type CurrentMark = { status: AttendanceStatus; method: MarkMethod; markedAt: Date; note: string | null }
export type CandidateMark = { status: AttendanceStatus; method: MarkMethod; markedAt: Date; note: string | null }

/**
 * APPLIED    the mark becomes the current one (or it equals the current one: nothing to write)
 * SUPERSEDED a mark with a later marking time is already there; it stays, the incoming one is only recorded
 * KEPT       a self check-in meets a mark that exists already: a participant never replaces a mark
 */
export type Resolution = 'APPLIED' | 'SUPERSEDED' | 'KEPT'

export function resolveMark(current: CurrentMark | undefined, incoming: CandidateMark): Resolution {
  if (!current) return 'APPLIED'
  // A trainer's (or officer's) mark is never downgraded by a self check-in, and checking in twice changes nothing.
  if (incoming.method === 'SELF_CHECKIN') return 'KEPT'
  // The later marking time wins; at the same instant the one that arrives last does.
  return incoming.markedAt.getTime() >= current.markedAt.getTime() ? 'APPLIED' : 'SUPERSEDED'
}

/** Whether applying `incoming` would change what is stored (status or note). */
export const changesMark = (current: CurrentMark | undefined, incoming: CandidateMark) =>
  !current || current.status !== incoming.status || current.note !== incoming.note
