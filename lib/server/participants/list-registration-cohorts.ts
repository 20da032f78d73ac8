import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import type { ClosedCohortCounts } from '@/lib/participants/closed-cohorts-note'
import { db } from '@/lib/server/db'
import { cohortWhere } from '@/lib/server/scope/where'
import { placesLeft } from './enrolment-capacity'
import { CLOSED_STATUSES, REGISTRABLE_STATUSES } from './registration-window'

type CohortFilter = { programId?: string; provinceCode?: string }

const filterWhere = (filter: CohortFilter): Prisma.CohortWhereInput[] => [
  filter.programId ? { wave: { programId: filter.programId } } : {},
  filter.provinceCode ? { provinceCode: filter.provinceCode } : {},
]

const ACTIVE = { status: { not: 'WITHDRAWN' as const } }
const pairKey = (waveId: string, provinceCode: string) => `${waveId}:${provinceCode}`

/**
 * Cohorts the actor may register participants into (or move them to) now, newest first: only those
 * that take registrations (registration-window.ts), each with its places left under its own quota
 * and under its province's quota for the wave (`placesLeft`), and under its own quota alone
 * (`cohortPlacesLeft`: a move within one wave and province does not change the province's count).
 */
export async function listRegistrationCohorts(actor: Actor, filter: CohortFilter = {}) {
  const scope = cohortWhere(actor)
  const cohorts = await db.cohort.findMany({
    where: { AND: [scope, { status: { in: [...REGISTRABLE_STATUSES] } }, ...filterWhere(filter)] },
    orderBy: [{ startDate: 'desc' }, { provinceCode: 'asc' }, { sequence: 'asc' }],
    take: 500,
    select: {
      id: true, name: true, city: true, startDate: true, quota: true, provinceCode: true, status: true, waveId: true,
      wave: { select: { number: true, programId: true, program: { select: { name: true } } } },
      _count: { select: { enrolments: { where: ACTIVE } } },
    },
  })
  const provinceQuotas = await loadProvinceQuotas(scope, cohorts)
  return cohorts.map(({ _count, wave, waveId, ...c }) => {
    const province = provinceQuotas.get(pairKey(waveId, c.provinceCode))
    const capacity = { cohortId: c.id, cohortName: c.name, quota: c.quota, taken: _count.enrolments, provinceQuota: province?.quota ?? null, provinceTaken: province?.taken ?? 0 }
    return {
      ...c, waveId, programId: wave.programId, label: `${wave.program.name} · Gelombang ${wave.number} · ${c.name} (${c.city})`, taken: _count.enrolments,
      placesLeft: placesLeft(capacity), cohortPlacesLeft: Math.max(0, c.quota - _count.enrolments),
    }
  })
}

export type RegistrationCohort = Awaited<ReturnType<typeof listRegistrationCohorts>>[number]

/** The provinces' quotas for the listed cohorts' waves, with the active enrolments already counted against them. */
async function loadProvinceQuotas(scope: Prisma.CohortWhereInput, cohorts: { waveId: string; provinceCode: string }[]) {
  const pairs = [...new Map(cohorts.map((c) => [pairKey(c.waveId, c.provinceCode), { waveId: c.waveId, provinceCode: c.provinceCode }])).values()]
  const result = new Map<string, { quota: number; taken: number }>()
  if (!pairs.length) return result
  const quotas = await db.waveQuota.findMany({ where: { OR: pairs }, select: { waveId: true, provinceCode: true, quota: true } })
  if (!quotas.length) return result
  // Every cohort of those waves and provinces counts, closed ones included: their participants hold places too.
  const counted = await db.cohort.findMany({
    where: { AND: [scope, { OR: quotas.map(({ waveId, provinceCode }) => ({ waveId, provinceCode })) }] },
    select: { waveId: true, provinceCode: true, _count: { select: { enrolments: { where: ACTIVE } } } },
  })
  for (const q of quotas) result.set(pairKey(q.waveId, q.provinceCode), { quota: q.quota, taken: 0 })
  for (const c of counted) {
    const entry = result.get(pairKey(c.waveId, c.provinceCode))
    if (entry) entry.taken += c._count.enrolments
  }
  return result
}

/** How many cohorts in the actor's scope (and filter) take no registrations, by reason, for the pickers' note. */
export async function countClosedCohorts(actor: Actor, filter: CohortFilter = {}): Promise<ClosedCohortCounts> {
  const groups = await db.cohort.groupBy({
    by: ['status'],
    where: { AND: [cohortWhere(actor), { status: { in: [...CLOSED_STATUSES] } }, ...filterWhere(filter)] },
    _count: { _all: true },
  })
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0
  return { completed: count('COMPLETED'), cancelled: count('CANCELLED') }
}

/** Every cohort in the actor's scope, newest first, whatever its status: the participant list's filter. */
export async function listCohortFilterOptions(actor: Actor) {
  const cohorts = await db.cohort.findMany({
    where: cohortWhere(actor),
    orderBy: [{ startDate: 'desc' }, { provinceCode: 'asc' }, { sequence: 'asc' }],
    take: 500,
    select: { id: true, name: true, city: true, provinceCode: true, wave: { select: { number: true, programId: true, program: { select: { name: true } } } } },
  })
  return cohorts.map((c) => ({ id: c.id, provinceCode: c.provinceCode, programId: c.wave.programId, label: `${c.wave.program.name} · Gelombang ${c.wave.number} · ${c.name} (${c.city})` }))
}
