import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { assignmentWhere, sessionWhere } from '@/lib/server/scope/where'

/** A trainer's own assignments and their next sessions (or the latest ones when none is ahead). */
export async function getTrainerSchedule(actor: Actor, now = new Date()) {
  const assignments = await db.trainerAssignment.findMany({
    where: { AND: [assignmentWhere(actor), { trainerId: actor.trainerId ?? undefined }] },
    orderBy: { cohort: { startDate: 'asc' } },
    select: {
      id: true, role: true,
      cohort: {
        select: {
          id: true, name: true, venue: true, city: true, startDate: true, endDate: true, status: true,
          wave: { select: { number: true, program: { select: { name: true } } } },
          province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
          _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
        },
      },
    },
  })
  const sessionSelect = {
    id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true,
    cohort: { select: { name: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
  } as const
  const upcoming = await db.session.findMany({
    where: { AND: [sessionWhere(actor), { endsAt: { gte: now } }] },
    orderBy: { startsAt: 'asc' }, take: 5, select: sessionSelect,
  })
  const sessions = upcoming.length
    ? upcoming
    : (await db.session.findMany({ where: sessionWhere(actor), orderBy: { startsAt: 'desc' }, take: 5, select: sessionSelect })).reverse()
  return { assignments, sessions, sessionsAreUpcoming: upcoming.length > 0 }
}
