import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { cohortWhere } from '@/lib/server/scope/where'
import { REGISTRABLE_STATUSES } from './register-participant'

/** Cohorts the actor may register participants into (or move them to), newest first, with places taken. */
export async function listRegistrationCohorts(actor: Actor, filter: { programId?: string; provinceCode?: string } = {}) {
  const cohorts = await db.cohort.findMany({
    where: {
      AND: [
        cohortWhere(actor),
        { status: { in: [...REGISTRABLE_STATUSES] } },
        filter.programId ? { wave: { programId: filter.programId } } : {},
        filter.provinceCode ? { provinceCode: filter.provinceCode } : {},
      ],
    },
    orderBy: [{ startDate: 'desc' }, { provinceCode: 'asc' }, { sequence: 'asc' }],
    take: 500,
    select: {
      id: true, name: true, city: true, startDate: true, quota: true, provinceCode: true,
      wave: { select: { number: true, programId: true, program: { select: { name: true } } } },
      _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
    },
  })
  return cohorts.map(({ _count, wave, ...c }) => ({
    ...c, programId: wave.programId, label: `${wave.program.name} · Gelombang ${wave.number} · ${c.name} (${c.city})`, taken: _count.enrolments,
  }))
}

export type RegistrationCohort = Awaited<ReturnType<typeof listRegistrationCohorts>>[number]
