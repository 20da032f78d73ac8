import 'server-only'
import { lockKeys } from '@/lib/server/advisory-locks'
import { AppError } from '@/lib/server/errors'
import type { Db, Tx } from '@/lib/server/db'

// The quota rules of registration, shared by one-by-one registration, moves and the import:
// a cohort takes at most `cohort.quota` active (not withdrawn) enrolments, and a province at most
// its `wave_quota` for that wave across all its cohorts (when Admin Pusat set one). Counted inside
// the writing transaction under an advisory lock per cohort and per wave+province, so two officers
// (or two instances) can never both take the last place.

export type CapacityRequest = { cohortId: string; count: number }
export type CohortCapacity = { cohortId: string; cohortName: string; quota: number; taken: number; provinceQuota: number | null; provinceTaken: number }

const ACTIVE = { status: { not: 'WITHDRAWN' as const } }

type CapacityCohort = { id: string; name: string; quota: number; waveId: string; provinceCode: string }
const capacityCohortSelect = { id: true, name: true, quota: true, waveId: true, provinceCode: true } as const

async function readCapacities(client: Db | Tx, cohorts: CapacityCohort[]): Promise<Map<string, CohortCapacity>> {
  const result = new Map<string, CohortCapacity>()
  for (const cohort of cohorts) {
    const [taken, quotaRow, provinceTaken] = await Promise.all([
      client.enrolment.count({ where: { cohortId: cohort.id, ...ACTIVE } }),
      client.waveQuota.findUnique({ where: { waveId_provinceCode: { waveId: cohort.waveId, provinceCode: cohort.provinceCode } }, select: { quota: true } }),
      client.enrolment.count({ where: { cohort: { waveId: cohort.waveId, provinceCode: cohort.provinceCode }, ...ACTIVE } }),
    ])
    result.set(cohort.id, { cohortId: cohort.id, cohortName: cohort.name, quota: cohort.quota, taken, provinceQuota: quotaRow?.quota ?? null, provinceTaken })
  }
  return result
}

/** Locks and reads the places left; call inside the transaction that writes the enrolments. */
export async function lockCohortCapacity(tx: Tx, cohortIds: string[]): Promise<Map<string, CohortCapacity>> {
  const ids = [...new Set(cohortIds)]
  const cohorts = await tx.cohort.findMany({ where: { id: { in: ids } }, select: capacityCohortSelect })
  await lockKeys(tx, [...ids.map((id) => `capacity:cohort:${id}`), ...cohorts.map((c) => `capacity:wave:${c.waveId}:${c.provinceCode}`)])
  return readCapacities(tx, cohorts)
}

/**
 * The places taken and left as they stand, without locks: what a page shows (the import preview).
 * Only a write under lockCohortCapacity decides; by then these figures may have moved.
 */
export async function readCohortCapacity(client: Db | Tx, cohortIds: string[]): Promise<Map<string, CohortCapacity>> {
  const cohorts = await client.cohort.findMany({ where: { id: { in: [...new Set(cohortIds)] } }, select: capacityCohortSelect })
  return readCapacities(client, cohorts)
}

/** Places still free in a cohort, the province's wave quota included. */
export const placesLeft = (c: CohortCapacity) =>
  Math.max(0, Math.min(c.quota - c.taken, c.provinceQuota === null ? Infinity : c.provinceQuota - c.provinceTaken))

/**
 * Throws a CONFLICT in Indonesian when the requested new enrolments do not fit. Requests for
 * cohorts of the same wave and province share that province's quota.
 */
export async function assertCapacity(tx: Tx, requests: CapacityRequest[]): Promise<void> {
  const wanted = new Map<string, number>()
  for (const r of requests) if (r.count > 0) wanted.set(r.cohortId, (wanted.get(r.cohortId) ?? 0) + r.count)
  if (!wanted.size) return
  const capacity = await lockCohortCapacity(tx, [...wanted.keys()])
  const problems: string[] = []
  for (const [cohortId, count] of wanted) {
    const c = capacity.get(cohortId)
    if (!c) continue
    const left = placesLeft(c)
    if (count > left) {
      problems.push(left === 0
        ? `${c.cohortName} sudah penuh (kuota ${c.quota} peserta${c.provinceQuota !== null ? `, kuota provinsi ${c.provinceQuota}` : ''}).`
        : `${c.cohortName} hanya memiliki ${left} tempat tersisa, sedangkan ${count} peserta akan didaftarkan.`)
    }
  }
  if (problems.length) throw new AppError('CONFLICT', `${problems.join(' ')} Tidak ada yang disimpan.`)
}
