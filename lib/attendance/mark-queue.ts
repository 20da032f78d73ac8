// The roster's queue of marks, as pure functions so that tests can drive it without a browser:
// every tap becomes a QueuedMark with its own client mutation id, shown at once and kept on the
// device (IndexedDB, lib/attendance/offline-store.ts) until the server acknowledges it.
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'

export const ATTENDANCE_STATUSES = ['HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const satisfies readonly AttendanceStatus[]

/** The same limit as the server's (MAX_MARKS_PER_BATCH): a longer queue goes in several requests. */
export const MAX_BATCH = 200

export type ServerMark = { status: AttendanceStatus; method: MarkMethod; markedAt: string; note: string | null }

export type QueuedMark = {
  clientMutationId: string
  sessionId: string
  enrolmentId: string
  status: AttendanceStatus
  note: string | null
  /** The device's time of the tap (ISO); the server clamps it to the session's window. */
  markedAt: string
  /** Made or held while the device was offline: the server records it as an offline sync. */
  queued: boolean
}

export type MarkOutcome = 'APPLIED' | 'SUPERSEDED' | 'KEPT' | 'DUPLICATE' | 'REFUSED'
export type MarkResult = { clientMutationId: string; outcome: MarkOutcome; message?: string; current?: ServerMark }

export type EntryView = {
  status: AttendanceStatus | null
  note: string | null
  /** A mark of this participant still waits to be sent. */
  pending: boolean
}

const later = (a: string, b: string) => Date.parse(a) >= Date.parse(b)

/** What the roster shows for one participant: the latest waiting tap, else the server's mark. */
export function entryView(server: ServerMark | null, pending: readonly QueuedMark[]): EntryView {
  let latest: QueuedMark | null = null
  for (const m of pending) if (!latest || later(m.markedAt, latest.markedAt)) latest = m
  if (latest) return { status: latest.status, note: latest.note, pending: true }
  return { status: server?.status ?? null, note: server?.note ?? null, pending: false }
}

export type Counts = Record<AttendanceStatus, number> & { unmarked: number; pending: number; total: number }

/** The live counts above the roster. */
export function countRoster(views: readonly EntryView[]): Counts {
  const counts: Counts = { HADIR: 0, TERLAMBAT: 0, IZIN: 0, SAKIT: 0, ALPA: 0, unmarked: 0, pending: 0, total: views.length }
  for (const v of views) {
    if (v.status) counts[v.status] += 1
    else counts.unmarked += 1
    if (v.pending) counts.pending += 1
  }
  return counts
}

export type NewMark = { sessionId: string; enrolmentId: string; status: AttendanceStatus; note: string | null }

/** A tap as a queued mark; `newId` is crypto.randomUUID on the device. */
export function makeMark(input: NewMark, at: Date, online: boolean, newId: () => string): QueuedMark {
  return { clientMutationId: newId(), ...input, markedAt: at.toISOString(), queued: !online }
}

/** "Semua hadir": Hadir for every participant who has no mark yet (neither sent nor waiting). */
export function allPresentMarks(
  sessionId: string,
  entries: readonly { enrolmentId: string; view: EntryView }[],
  at: Date,
  online: boolean,
  newId: () => string,
): QueuedMark[] {
  return entries
    .filter((e) => e.view.status === null)
    .map((e) => makeMark({ sessionId, enrolmentId: e.enrolmentId, status: 'HADIR', note: null }, at, online, newId))
}

/** The queue in requests of at most MAX_BATCH marks, oldest first. */
export function batchesOf(pending: readonly QueuedMark[], max = MAX_BATCH): QueuedMark[][] {
  const ordered = [...pending].sort((a, b) => Date.parse(a.markedAt) - Date.parse(b.markedAt))
  const batches: QueuedMark[][] = []
  for (let i = 0; i < ordered.length; i += max) batches.push(ordered.slice(i, i + max))
  return batches
}

/** The body of POST /api/presensi for one batch. */
export const requestBody = (batch: readonly QueuedMark[]) => ({
  marks: batch.map(({ clientMutationId, sessionId, enrolmentId, status, note, markedAt, queued }) => ({
    clientMutationId, sessionId, enrolmentId, status, markedAt, queued, ...(note ? { note } : {}),
  })),
})

export type Settled = {
  /** Mutation ids the server answered: they leave the queue (a refusal is final: sending again changes nothing). */
  done: string[]
  /** The server's mark after this batch, per participant and session. */
  current: { sessionId: string; enrolmentId: string; mark: ServerMark }[]
  refused: { mark: QueuedMark; message: string }[]
}

/** Reads the server's answer to a batch. A mark the answer does not mention stays queued. */
export function settle(batch: readonly QueuedMark[], results: readonly MarkResult[]): Settled {
  const byId = new Map(batch.map((m) => [m.clientMutationId, m]))
  const settled: Settled = { done: [], current: [], refused: [] }
  for (const r of results) {
    const mark = byId.get(r.clientMutationId)
    if (!mark) continue
    settled.done.push(r.clientMutationId)
    if (r.current) settled.current.push({ sessionId: mark.sessionId, enrolmentId: mark.enrolmentId, mark: r.current })
    if (r.outcome === 'REFUSED') settled.refused.push({ mark, message: r.message ?? 'Ditolak server.' })
  }
  return settled
}

/** Marks made while offline, or held through a failed send, go to the server as an offline sync. */
export const markHeld = (m: QueuedMark): QueuedMark => (m.queued ? m : { ...m, queued: true })

/** Case- and accent-insensitive search by name (and institution). */
export function matchesSearch(text: string, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
  const q = fold(query.trim())
  return !q || fold(text).includes(q)
}
