import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { requireAccess, trainerOf } from '@/lib/server/scope/access'
import { assignmentWhere, sessionWhere } from '@/lib/server/scope/where'

/**
 * A trainer's own schedule: the cohorts they are assigned to and every session of those cohorts,
 * in time order, each with its venue's time zone. Only a trainer has an own schedule; other roles
 * read schedules through the national timeline or their province's cohorts.
 */
export async function getTrainerAgenda(actor: Actor) {
  if (requireAccess(actor, 'read', 'schedule') !== 'assigned') throw forbiddenError()
  const [assignments, sessions] = await Promise.all([
    db.trainerAssignment.findMany({
      // assignmentWhere reaches the co-trainers' rows of the same cohorts too: keep only the trainer's own.
      where: { AND: [assignmentWhere(actor), { trainerId: trainerOf(actor) }] },
      orderBy: { cohort: { startDate: 'asc' } },
      select: {
        id: true, role: true,
        cohort: {
          select: {
            id: true, name: true, venue: true, city: true, startDate: true, endDate: true, status: true,
            wave: { select: { number: true, mode: true, program: { select: { name: true } } } },
            province: { select: { name: true, timeZoneLabel: true } },
          },
        },
      },
    }),
    db.session.findMany({
      where: sessionWhere(actor),
      orderBy: { startsAt: 'asc' },
      select: {
        id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true,
        cohort: { select: { id: true, name: true, venue: true, city: true, status: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
      },
    }),
  ])
  return {
    assignments,
    sessions: sessions.map((s) => ({ ...s, timeZone: s.cohort.province.timeZone, timeZoneLabel: s.cohort.province.timeZoneLabel })),
  }
}

export type TrainerAgenda = Awaited<ReturnType<typeof getTrainerAgenda>>
export type TrainerAgendaSession = TrainerAgenda['sessions'][number]
