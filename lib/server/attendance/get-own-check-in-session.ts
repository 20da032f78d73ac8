import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { safeMeetingUrl } from '@/lib/attendance/safe-meeting-url'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { attendanceMarkWhere, attendanceSessionWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** A session of the participant's own cohort as the check-in page shows it, with their mark; NOT_FOUND otherwise. */
export async function getOwnCheckInSession(actor: Actor, sessionId: unknown) {
  if (accessFor(actor.role, 'mark', 'attendance') !== 'own') throw forbiddenError('Presensi mandiri hanya untuk peserta.')
  const id = idOrNotFound(sessionId, 'Sesi tidak ditemukan.')
  const session = await db.session.findFirst({
    where: { id, ...attendanceSessionWhere(actor, 'mark') },
    select: {
      id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true,
      cohort: { select: { venue: true, city: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
      marks: { where: attendanceMarkWhere(actor), take: 1, select: { status: true, method: true } },
    },
  })
  if (!session || !actor.participantId) throw notFoundError('Sesi tidak ditemukan.')
  const { marks, ...rest } = session
  return { ...rest, meetingUrl: safeMeetingUrl(rest.meetingUrl), mark: marks[0] ?? null }
}
