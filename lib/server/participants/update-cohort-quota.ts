import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { lockKeys } from '@/lib/server/advisory-locks'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere } from '@/lib/server/scope/where'
import { intField, parseOrThrow, validationError } from '@/lib/server/validation'

const updateInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  quota: intField('Kuota kelas', 1, 10_000),
  /** The province's quota in the cohort's wave; blank leaves it as it is. */
  provinceQuota: z.preprocess((v) => (v === '' || v === null ? undefined : v), intField('Kuota provinsi', 0, 100_000).optional()),
})

const ACTIVE = { status: { not: 'WITHDRAWN' as const } }

/**
 * A cohort's quota, and optionally its province's quota in that wave, in one step (Admin Pusat):
 * what the import preview offers when a file does not fit (issue 12). Under the same locks as
 * registration, so a quota never drops below a registration in flight; neither may go below the
 * participants already registered.
 */
export async function updateCohortQuota(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'update', 'quota') !== 'any') throw forbiddenError()
  const input = parseOrThrow(updateInput, raw)
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({
      where: { AND: [cohortWhere(actor, 'update'), { id: input.cohortId }] },
      select: { id: true, name: true, quota: true, waveId: true, provinceCode: true },
    })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    await lockKeys(tx, [`capacity:cohort:${cohort.id}`, `capacity:wave:${cohort.waveId}:${cohort.provinceCode}`])
    const waveProvince = { waveId_provinceCode: { waveId: cohort.waveId, provinceCode: cohort.provinceCode } }
    const [taken, provinceTaken, provinceBefore] = await Promise.all([
      tx.enrolment.count({ where: { cohortId: cohort.id, ...ACTIVE } }),
      tx.enrolment.count({ where: { cohort: { waveId: cohort.waveId, provinceCode: cohort.provinceCode }, ...ACTIVE } }),
      tx.waveQuota.findUnique({ where: waveProvince, select: { quota: true } }),
    ])
    const errors: Record<string, string[]> = {}
    if (input.quota < taken) errors.quota = [`Kuota kelas tidak boleh kurang dari ${taken} peserta yang sudah terdaftar.`]
    if (input.provinceQuota !== undefined && input.provinceQuota < provinceTaken) {
      errors.provinceQuota = [`Kuota provinsi tidak boleh kurang dari ${provinceTaken} peserta yang sudah terdaftar di gelombang ini.`]
    }
    if (Object.keys(errors).length) throw validationError(errors)
    if (input.quota !== cohort.quota) {
      await tx.cohort.update({ where: { id: cohort.id }, data: { quota: input.quota }, select: { id: true } })
      await writeAuditLog(tx, actor, { action: 'update', entity: 'Cohort', entityId: cohort.id, before: { quota: cohort.quota }, after: { quota: input.quota } })
    }
    const provinceQuota = input.provinceQuota ?? provinceBefore?.quota ?? null
    if (input.provinceQuota !== undefined && input.provinceQuota !== (provinceBefore?.quota ?? null)) {
      await tx.waveQuota.upsert({ where: waveProvince, create: { waveId: cohort.waveId, provinceCode: cohort.provinceCode, quota: input.provinceQuota }, update: { quota: input.provinceQuota } })
      await writeAuditLog(tx, actor, {
        action: 'update', entity: 'WaveQuota', entityId: cohort.waveId,
        before: { [cohort.provinceCode]: provinceBefore?.quota ?? null }, after: [{ provinceCode: cohort.provinceCode, from: provinceBefore?.quota ?? null, to: input.provinceQuota }],
      })
    }
    return { cohortId: cohort.id, quota: input.quota, provinceQuota }
  })
}
