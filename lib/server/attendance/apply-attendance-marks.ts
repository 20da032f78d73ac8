import 'server-only'
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { clampMarkedAt, markingLocksAt, markingOpensAt, markingWindow, type AttendanceSettings } from '@/lib/attendance/rules'
import { changesMark, resolveMark, type CurrentMark } from '@/lib/attendance/resolve-mark'
import { formatDateTimeInZone } from '@/lib/format/date-time'
import { lockKeys } from '@/lib/server/advisory-locks'
import type { AuditEntry } from '@/lib/server/audit/write-audit-log'
import { db, type Tx } from '@/lib/server/db'
import { AppError, forbiddenError } from '@/lib/server/errors'
import { attendanceSessionWhere } from '@/lib/server/scope/where'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { uuidV7s } from '@/lib/server/ids/uuid-v7'
import { incomingBatchSchema, type IncomingMark, type ParsedMark } from './mark-input'
import { readMarkState, writeMarkChanges, type MarkRow, type MutationRow, type StoredMark } from './mark-store'

// Every attendance mark is written here: a trainer's tap, an offline batch, a self check-in, an
// imported meeting report and an officer's correction (decision 021). Each mark carries a client
// mutation id, and every id received is kept in `attendance_mutation`, so a batch sent twice, or
// two copies at the same moment, is applied exactly once. Writers of one session queue on an
// advisory lock, so the later-marking-time-wins rule sees every earlier mark.

export type { IncomingMark } from './mark-input'
export type MarkOutcome = 'APPLIED' | 'SUPERSEDED' | 'KEPT' | 'DUPLICATE' | 'REFUSED'
export type MarkView = { status: AttendanceStatus; method: MarkMethod; markedAt: string; note: string | null }
export type MarkResult = { clientMutationId: string; outcome: MarkOutcome; message?: string; current?: MarkView }

/** Who the actor is to attendance: an officer corrects at any time, a trainer marks within the window, a participant checks in. */
type Authority = 'officer' | 'trainer' | 'self'

function authorityOf(actor: Actor): Authority {
  if (accessFor(actor.role, 'update', 'attendance')) return 'officer'
  const mark = accessFor(actor.role, 'mark', 'attendance')
  if (mark === 'own') return 'self'
  if (mark) return 'trainer'
  throw forbiddenError('Anda tidak berwenang menandai kehadiran.')
}

type MarkToApply = Omit<ParsedMark, 'method'> & { method: MarkMethod }
type SessionRow = { id: string; cohortId: string; startsAt: Date; endsAt: Date }
type Zone = { timeZone: string; timeZoneLabel: string }
type EnrolmentRow = { id: string; cohortId: string; status: string; participantId: string }

/** Marks from a device, a check-in or an import: validated as a whole (nothing is written when one is malformed). */
export async function applyAttendanceMarks(actor: Actor, raw: IncomingMark[] | unknown, now = new Date()): Promise<MarkResult[]> {
  const marks = parseOrThrow(incomingBatchSchema, raw)
  return applyMarks(actor, marks, { now })
}

export type ApplyOptions = { now: Date; reason?: string }

/** The shared path, also for corrections (method CORRECTION, with the officer's reason in the audit record). */
export async function applyMarks(actor: Actor, marks: MarkToApply[], options: ApplyOptions): Promise<MarkResult[]> {
  const authority = authorityOf(actor)
  const { now } = options
  const sessionIds = [...new Set(marks.map((m) => m.sessionId))]
  // The enrolments are read by id alongside the sessions; refusalOf checks each belongs to its session's cohort.
  const [sessions, enrolments, rules] = await Promise.all([loadSessions(actor, authority, sessionIds), loadEnrolments(marks.map((m) => m.enrolmentId)), getAttendanceSettings()])
  const zones = authority === 'trainer' ? await loadZones([...sessions.values()].filter((s) => markingWindow(s, rules, now) !== 'OPEN')) : new Map<string, Zone>()

  const results = new Map<number, MarkResult>()
  const accepted: { index: number; mark: MarkToApply; markedAt: Date }[] = []
  marks.forEach((mark, index) => {
    const refusal = refusalOf(actor, authority, mark, sessions.get(mark.sessionId), enrolments.get(mark.enrolmentId), { rules, zones, now })
    if (refusal) results.set(index, { clientMutationId: mark.clientMutationId, outcome: 'REFUSED', message: refusal })
    // An officer's correction is made now, whenever that is; a device's time is only believed within the window.
    else accepted.push({ index, mark, markedAt: mark.method === 'CORRECTION' ? now : clampMarkedAt(mark.markedAt ?? null, sessions.get(mark.sessionId)!, rules, now) })
  })
  if (accepted.length) {
    try {
      await db.$transaction((tx) => writeMarks(tx, actor, accepted, results, options))
    } catch (e) {
      // Another request recorded one of these mutation ids for another session at the same instant.
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Tanda kehadiran sedang dikirim dari tempat lain. Coba kirim lagi.')
      throw e
    }
  }
  return marks.map((_, i) => results.get(i)!)
}

async function loadSessions(actor: Actor, authority: Authority, ids: string[]): Promise<Map<string, SessionRow>> {
  const rows = await db.session.findMany({
    where: { id: { in: ids }, ...attendanceSessionWhere(actor, authority === 'officer' ? 'update' : 'mark') },
    select: { id: true, cohortId: true, startsAt: true, endsAt: true },
  })
  return new Map(rows.map((s) => [s.id, s]))
}

/** The venues' time zones, read only for the sessions a trainer's mark is refused for (the message names a local time). */
async function loadZones(sessions: SessionRow[]): Promise<Map<string, Zone>> {
  if (!sessions.length) return new Map()
  const rows = await db.session.findMany({ where: { id: { in: sessions.map((s) => s.id) } }, select: { id: true, cohort: { select: { province: { select: { timeZone: true, timeZoneLabel: true } } } } } })
  return new Map(rows.map((s) => [s.id, s.cohort.province]))
}

async function loadEnrolments(ids: string[]): Promise<Map<string, EnrolmentRow>> {
  const rows = await db.enrolment.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, cohortId: true, status: true, participantId: true },
  })
  return new Map(rows.map((e) => [e.id, e]))
}

/** Why this mark may not be made, in Indonesian, or null. */
function refusalOf(actor: Actor, authority: Authority, mark: MarkToApply, session: SessionRow | undefined, enrolment: EnrolmentRow | undefined, { rules, zones, now }: { rules: AttendanceSettings; zones: Map<string, Zone>; now: Date }): string | null {
  if (!session) return 'Sesi tidak ditemukan atau bukan kelas Anda.'
  if (!enrolment || enrolment.cohortId !== session.cohortId) return 'Peserta tidak terdaftar di kelas sesi ini.'
  if (enrolment.status === 'WITHDRAWN') return 'Peserta sudah mengundurkan diri dari kelas ini.'
  if ((mark.method === 'SELF_CHECKIN') !== (authority === 'self')) {
    return authority === 'self' ? 'Peserta hanya dapat melakukan presensi mandiri.' : 'Presensi mandiri hanya dilakukan oleh peserta sendiri.'
  }
  if (mark.method === 'CORRECTION' && authority !== 'officer') return 'Koreksi kehadiran hanya oleh operator provinsi atau Admin Pusat.'
  if (authority === 'self' && enrolment.participantId !== actor.participantId) return 'Anda hanya dapat melakukan presensi untuk diri sendiri.'
  if (authority === 'trainer') {
    const window = markingWindow(session, rules, now)
    const zone = zones.get(session.id)!
    if (window === 'NOT_YET') return `Presensi sesi ini baru dibuka ${formatDateTimeInZone(markingOpensAt(session, rules), zone.timeZone, zone.timeZoneLabel)}.`
    if (window === 'LOCKED') return `Presensi sesi ini terkunci sejak ${formatDateTimeInZone(markingLocksAt(session, rules), zone.timeZone, zone.timeZoneLabel)}. Perubahan hanya melalui koreksi oleh operator provinsi atau Admin Pusat.`
  }
  return null
}

const pairKey = (enrolmentId: string, sessionId: string) => `${enrolmentId}:${sessionId}`
const view = (m: CurrentMark): MarkView => ({ status: m.status, method: m.method, markedAt: m.markedAt.toISOString(), note: m.note })

const SUPERSEDED_MESSAGE = 'Sudah ada tanda yang dibuat lebih akhir; tanda ini dicatat tetapi tidak mengganti.'
const KEPT_MESSAGE = 'Kehadiran sudah tercatat; presensi mandiri tidak mengubahnya.'

async function writeMarks(tx: Tx, actor: Actor, accepted: { index: number; mark: MarkToApply; markedAt: Date }[], results: Map<number, MarkResult>, options: ApplyOptions) {
  const sessionIds = [...new Set(accepted.map((a) => a.mark.sessionId))]
  await lockKeys(tx, sessionIds.map((id) => `attendance:${id}`))
  const state = await readMarkState(tx, accepted.map((a) => a.mark.clientMutationId), sessionIds, [...new Set(accepted.map((a) => a.mark.enrolmentId))])
  const seenIds = state.seen
  const stored = new Set(state.marks.map((m) => pairKey(m.enrolmentId, m.sessionId)))
  const current = new Map<string, MarkRow | StoredMark>(state.marks.map((m) => [pairKey(m.enrolmentId, m.sessionId), m]))
  const touched = new Set<string>()
  const mutations: MutationRow[] = []
  const audit: AuditEntry[] = []

  // In marking-time order, so that two marks of one participant in one batch end with the later one.
  for (const { index, mark, markedAt } of [...accepted].sort((a, b) => a.markedAt.getTime() - b.markedAt.getTime())) {
    const key = pairKey(mark.enrolmentId, mark.sessionId)
    if (seenIds.has(mark.clientMutationId)) {
      results.set(index, { clientMutationId: mark.clientMutationId, outcome: 'DUPLICATE' })
      continue
    }
    seenIds.add(mark.clientMutationId)
    const before = current.get(key)
    const candidate = { status: mark.status, method: mark.method, markedAt, note: mark.note ?? null }
    const resolution = resolveMark(before, candidate)
    mutations.push({ clientMutationId: mark.clientMutationId, sessionId: mark.sessionId, enrolmentId: mark.enrolmentId, status: mark.status, method: mark.method, markedAt, actorId: actor.userId, outcome: resolution })
    results.set(index, { clientMutationId: mark.clientMutationId, outcome: resolution, message: resolution === 'SUPERSEDED' ? SUPERSEDED_MESSAGE : resolution === 'KEPT' ? KEPT_MESSAGE : undefined })
    // A new mark's id is made here, so that its audit record names it.
    const id = before?.id ?? uuidV7s(1)[0]
    const auditBase = { entity: 'AttendanceMark', entityId: id, before: before ? view(before) : null }
    if (resolution === 'SUPERSEDED') audit.push({ ...auditBase, action: 'mark-superseded', after: { ...view(candidate), clientMutationId: mark.clientMutationId } })
    if (resolution !== 'APPLIED' || !changesMark(before, candidate)) continue
    current.set(key, { ...candidate, id, enrolmentId: mark.enrolmentId, sessionId: mark.sessionId, markedById: actor.userId, clientMutationId: mark.clientMutationId })
    touched.add(key)
    audit.push({ ...auditBase, action: mark.method === 'CORRECTION' ? 'correct' : before ? 'update' : 'mark', after: { ...view(candidate), clientMutationId: mark.clientMutationId, ...(options.reason ? { reason: options.reason } : {}) } })
  }

  const written = [...touched].map((key) => current.get(key) as MarkRow)
  await writeMarkChanges(tx, actor, {
    creates: written.filter((m) => !stored.has(pairKey(m.enrolmentId, m.sessionId))),
    updates: written.filter((m) => stored.has(pairKey(m.enrolmentId, m.sessionId))),
    mutations,
    audit,
  })
  for (const { index, mark } of accepted) {
    const now = current.get(pairKey(mark.enrolmentId, mark.sessionId))
    const result = results.get(index)!
    if (now) result.current = view(now)
  }
}
