import 'server-only'
import type { AttendanceStatus, MarkMethod, Role } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { attendanceMarkWhere, attendanceSessionWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** A mark as the audit log keeps it before and after a change (apply-attendance-marks.ts). */
export type AuditedMark = { status: AttendanceStatus; method: MarkMethod; markedAt: string; note: string | null }

export type MarkHistoryEntry = {
  id: string
  at: Date
  action: string
  actorName: string | null
  actorRole: Role | null
  before: AuditedMark | null
  after: AuditedMark | null
  reason: string | null
}

const HISTORY_LIMIT = 50

function auditedMark(value: unknown): AuditedMark | null {
  if (!value || typeof value !== 'object' || !('status' in value)) return null
  const v = value as Record<string, unknown>
  return { status: v.status as AttendanceStatus, method: v.method as MarkMethod, markedAt: String(v.markedAt ?? ''), note: typeof v.note === 'string' ? v.note : null }
}

/**
 * What an officer sees before correcting one participant's mark of one session: the session and the
 * participant (both of this cohort and within the officer's correction scope), the current mark with
 * who, when and how, and its history from the audit log (newest first) with before, after and reason.
 */
export async function getMarkCorrectionOrThrow(actor: Actor, input: { cohortId: string; sessionId: unknown; enrolmentId: unknown }) {
  requireAccess(actor, 'update', 'attendance')
  const cohortId = idOrNotFound(input.cohortId, 'Kelas tidak ditemukan.')
  const sessionId = idOrNotFound(input.sessionId, 'Sesi tidak ditemukan.')
  const enrolmentId = idOrNotFound(input.enrolmentId, 'Peserta tidak ditemukan.')
  const [session, enrolment, mark] = await Promise.all([
    db.session.findFirst({
      where: { AND: [attendanceSessionWhere(actor, 'update'), { id: sessionId, cohortId }] },
      select: {
        id: true, title: true, startsAt: true, endsAt: true, jp: true,
        cohort: { select: { id: true, name: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
      },
    }),
    db.enrolment.findFirst({
      where: { AND: [enrolmentWhere(actor), { id: enrolmentId, cohortId }] },
      select: { id: true, status: true, participant: { select: { name: true, institutionName: true } } },
    }),
    db.attendanceMark.findFirst({
      where: { AND: [attendanceMarkWhere(actor, 'update'), { sessionId, enrolmentId }] },
      select: { id: true, status: true, method: true, markedAt: true, note: true, markedBy: { select: { name: true, role: true } } },
    }),
  ])
  if (!session) throw notFoundError('Sesi tidak ditemukan.')
  if (!enrolment) throw notFoundError('Peserta tidak ditemukan di kelas ini.')
  const records = mark
    ? await db.auditLog.findMany({
      where: { entity: 'AttendanceMark', entityId: mark.id },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: HISTORY_LIMIT,
      select: { id: true, at: true, action: true, actorId: true, actorRole: true, before: true, after: true },
    })
    : []
  const actorIds = [...new Set(records.map((r) => r.actorId).filter((id): id is string => !!id))]
  const names = new Map((actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : []).map((u) => [u.id, u.name]))
  const history: MarkHistoryEntry[] = records.map((r) => {
    const after = r.after as Record<string, unknown> | null
    return {
      id: r.id.toString(), at: r.at, action: r.action, actorRole: r.actorRole, actorName: r.actorId ? names.get(r.actorId) ?? null : null,
      before: auditedMark(r.before), after: auditedMark(r.after), reason: typeof after?.reason === 'string' ? after.reason : null,
    }
  })
  return { session, enrolment, mark, history }
}

export type MarkCorrection = Awaited<ReturnType<typeof getMarkCorrectionOrThrow>>
