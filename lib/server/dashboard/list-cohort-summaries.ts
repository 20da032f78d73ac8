import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { cohortWhere } from '@/lib/server/scope/where'

/** Cohorts the actor may read, newest first, with their wave, province and head counts. */
export async function listCohortSummaries(actor: Actor, { take = 50 }: { take?: number } = {}) {
  const cohorts = await db.cohort.findMany({
    where: cohortWhere(actor),
    orderBy: [{ startDate: 'desc' }, { provinceCode: 'asc' }],
    take,
    select: {
      id: true, name: true, provinceCode: true, venue: true, city: true, startDate: true, endDate: true, quota: true, status: true,
      wave: { select: { number: true, mode: true, program: { select: { name: true } } } },
      province: { select: { name: true, timeZoneLabel: true } },
      _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } }, assignments: true } },
    },
  })
  return cohorts.map(({ _count, ...c }) => ({ ...c, participantCount: _count.enrolments, trainerCount: _count.assignments }))
}

export type CohortSummary = Awaited<ReturnType<typeof listCohortSummaries>>[number]
