import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { requireAccess } from '@/lib/server/scope/access'

/** Every wave of every program with its cohort, province and participant counts (national view). */
export async function listWaveSummaries(actor: Actor) {
  requireAccess(actor, 'read', 'wave')
  const waves = await db.wave.findMany({
    orderBy: [{ startDate: 'desc' }, { number: 'desc' }],
    take: 20,
    select: {
      id: true, number: true, startDate: true, endDate: true, mode: true,
      program: { select: { name: true } },
      cohorts: { select: { provinceCode: true, _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } } } },
    },
  })
  return waves.map(({ cohorts, ...w }) => ({
    ...w,
    cohortCount: cohorts.length,
    provinceCount: new Set(cohorts.map((c) => c.provinceCode)).size,
    participantCount: cohorts.reduce((sum, c) => sum + c._count.enrolments, 0),
  }))
}
