import 'server-only'
import type { AttendanceStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { attendanceSessionWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

export type SheetRow = { name: string; institutionName: string; place: string; status: AttendanceStatus | null }

/**
 * Everything a session's daftar hadir prints: program, wave, cohort, venue, time (the venue's zone),
 * trainers, and a row per participant not withdrawn, with the mark when `filled`. Who may print:
 * export:attendance — the session's trainers, officers in scope, Admin Pusat (never a participant).
 */
export async function getAttendanceSheetOrThrow(actor: Actor, sessionId: unknown, { filled }: { filled: boolean }) {
  if (requireAccess(actor, 'export', 'attendance') === 'own') throw forbiddenError()
  const id = idOrNotFound(sessionId, 'Sesi tidak ditemukan.')
  const session = await db.session.findFirst({
    where: { AND: [attendanceSessionWhere(actor, 'export'), { id }] },
    select: {
      id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true,
      cohort: {
        select: {
          id: true, name: true, venue: true, venueAddress: true, city: true,
          wave: { select: { number: true, mode: true, program: { select: { name: true } } } },
          province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
          assignments: { orderBy: [{ role: 'asc' }, { trainer: { name: 'asc' } }], select: { role: true, trainer: { select: { name: true } } } },
        },
      },
    },
  })
  if (!session) throw notFoundError('Sesi tidak ditemukan.')
  const enrolments = await db.enrolment.findMany({
    where: { AND: [enrolmentWhere(actor), { cohortId: session.cohort.id, status: { not: 'WITHDRAWN' } }] },
    orderBy: [{ participant: { name: 'asc' } }, { id: 'asc' }],
    select: {
      participant: { select: { name: true, institutionName: true, village: { select: { name: true } }, regency: { select: { name: true } } } },
      ...(filled ? { marks: { where: { sessionId: id }, select: { status: true } } } : {}),
    },
  })
  const rows: SheetRow[] = enrolments.map((e) => ({
    name: e.participant.name,
    institutionName: e.participant.institutionName,
    place: [e.participant.village?.name, e.participant.regency.name].filter(Boolean).join(', '),
    status: filled ? ((e as { marks?: { status: AttendanceStatus }[] }).marks?.[0]?.status ?? null) : null,
  }))
  const { cohort, ...rest } = session
  return { session: rest, cohort, trainers: cohort.assignments.map((a) => ({ name: a.trainer.name, role: a.role })), rows, filled }
}

export type AttendanceSheet = Awaited<ReturnType<typeof getAttendanceSheetOrThrow>>
