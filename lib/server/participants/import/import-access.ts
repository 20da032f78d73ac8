import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { Db, Tx } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'
import { registrationClosedReason } from '../registration-window'

/**
 * The cohort an import registers into, as this actor may reach it: Admin Pusat any cohort
 * ('create:import:any'), an operator only their province's ('create:import:province'), everyone
 * else is FORBIDDEN. A cohort outside the scope is NOT_FOUND, revealing nothing.
 */
export async function findImportCohortOrThrow(client: Db | Tx, actor: Actor, cohortId: string) {
  requireAccess(actor, 'create', 'import')
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const cohort = await client.cohort.findFirst({
    where: { AND: [{ id: cohortId }, cohortWhere(actor, 'read')] },
    select: { id: true, name: true, status: true, provinceCode: true, wave: { select: { programId: true } }, province: { select: { name: true, timeZone: true, timeZoneLabel: true } } },
  })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  return {
    id: cohort.id, name: cohort.name, status: cohort.status, provinceCode: cohort.provinceCode, provinceName: cohort.province.name, programId: cohort.wave.programId,
    timeZone: cohort.province.timeZone, timeZoneLabel: cohort.province.timeZoneLabel,
  }
}

export type ImportCohort = Awaited<ReturnType<typeof findImportCohortOrThrow>>

/** An import writes only into a cohort that takes registrations now (decision 034), like one-by-one registration. */
export function assertImportCohortOpen(cohort: Pick<ImportCohort, 'name' | 'status'>): void {
  const closed = registrationClosedReason(cohort)
  if (closed) throw new AppError('CONFLICT', closed)
}
