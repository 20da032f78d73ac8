import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db, type Db, type Tx } from '@/lib/server/db'
import { placesLeft, readCohortCapacity } from '../enrolment-capacity'
import { listRegistrationCohorts } from '../list-registration-cohorts'
import type { ImportCohort } from './import-access'

// What the import preview shows of the quota (issue 12): the places left in the cohort and in the
// province's quota of the wave, against the rows the file would enrol, and which rows would not fit.
// Read as it stands on each view, without locks: the confirmation counts again under them.

export type ImportCapacity = {
  cohortName: string
  quota: number
  taken: number
  provinceName: string
  waveNumber: number
  provinceQuota: number | null
  provinceTaken: number
  placesLeft: number
  /** Rows that would enrol into the cohort (NEW, and UPDATE of someone not yet in it). */
  toEnrol: number
  /** Of those, how many do not fit, and the first and last of them in file order. */
  overQuota: number
  firstOverRow: number | null
  lastOverRow: number | null
}

export async function getImportCapacity(client: Db | Tx, batchId: string, cohortId: string): Promise<ImportCapacity> {
  const [capacities, cohort] = await Promise.all([
    readCohortCapacity(client, [cohortId]),
    client.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { province: { select: { name: true } }, wave: { select: { number: true } } } }),
  ])
  const capacity = capacities.get(cohortId)!
  const left = placesLeft(capacity)
  // One pass over the batch's rows: how many enrol, and the first that would not fit (the
  // (left + 1)-th enrolling row in file order). The primary key keeps them in row order.
  const [figures] = await client.$queryRaw<{ toEnrol: number; firstOver: number | null; lastEnrol: number | null }[]>`
    SELECT count(*)::int AS "toEnrol", max("rowNumber") AS "lastEnrol",
      (SELECT "rowNumber" FROM import_row WHERE "batchId" = ${batchId}::uuid AND status IN ('NEW', 'UPDATE') AND data->'enrol' = 'true'::jsonb
        ORDER BY "rowNumber" OFFSET ${left} LIMIT 1) AS "firstOver"
    FROM import_row WHERE "batchId" = ${batchId}::uuid AND status IN ('NEW', 'UPDATE') AND data->'enrol' = 'true'::jsonb`
  const overQuota = Math.max(0, figures.toEnrol - left)
  return {
    cohortName: capacity.cohortName, quota: capacity.quota, taken: capacity.taken,
    provinceName: cohort.province.name, waveNumber: cohort.wave.number,
    provinceQuota: capacity.provinceQuota, provinceTaken: capacity.provinceTaken,
    placesLeft: left, toEnrol: figures.toEnrol, overQuota,
    firstOverRow: overQuota ? figures.firstOver : null, lastOverRow: overQuota ? figures.lastEnrol : null,
  }
}

export type ImportCohortChoice = { id: string; label: string; placesLeft: number; sameProgram: boolean }

const MAX_CHOICES = 12

/**
 * The other cohorts of the preview's province this actor may import into, with places left (the
 * province's wave quota included): those of the same program first, then the roomiest.
 */
export async function listImportCohortChoices(actor: Actor, cohort: ImportCohort): Promise<ImportCohortChoice[]> {
  const cohorts = (await listRegistrationCohorts(actor, { provinceCode: cohort.provinceCode })).filter((c) => c.id !== cohort.id)
  if (!cohorts.length) return []
  const capacity = await readCohortCapacity(db, cohorts.map((c) => c.id))
  return cohorts
    .map((c) => ({ id: c.id, label: c.label, placesLeft: placesLeft(capacity.get(c.id)!), sameProgram: c.programId === cohort.programId }))
    .filter((c) => c.placesLeft > 0)
    .sort((a, b) => Number(b.sameProgram) - Number(a.sameProgram) || b.placesLeft - a.placesLeft)
    .slice(0, MAX_CHOICES)
}
