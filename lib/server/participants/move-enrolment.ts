import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow, validationError } from '@/lib/server/validation'
import { cohortWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { assertCapacity, lockCohortCapacity } from './enrolment-capacity'
import { registrationClosedReason } from './registration-window'
import { enrolmentSelect } from './withdraw-enrolment'

const moveInput = z.object({
  enrolmentId: z.guid('Pendaftaran tidak valid.'),
  cohortId: z.guid('Pilih kelas tujuan.'),
})

/**
 * Moves a registered enrolment to another cohort of the same program and the same province. The
 * target cohort's quota (and, across waves, the province's wave quota) is checked under lock.
 */
export async function moveEnrolment(actor: Actor, raw: unknown) {
  const where = enrolmentWhere(actor, 'update')
  const cohortScope = cohortWhere(actor, 'read')
  const { enrolmentId, cohortId } = parseOrThrow(moveInput, raw)
  return db.$transaction(async (tx) => {
    const before = await tx.enrolment.findFirst({
      where: { AND: [where, { id: enrolmentId }] },
      select: { ...enrolmentSelect, cohort: { select: { waveId: true, provinceCode: true } } },
    })
    if (!before) throw notFoundError('Pendaftaran tidak ditemukan.')
    if (before.status !== 'REGISTERED') throw new AppError('CONFLICT', 'Hanya pendaftaran berstatus Terdaftar yang dapat dipindahkan.')
    const target = await tx.cohort.findFirst({
      where: { AND: [cohortScope, { id: cohortId }] },
      select: { id: true, name: true, status: true, waveId: true, provinceCode: true, wave: { select: { programId: true } } },
    })
    if (!target) throw validationError({ cohortId: ['Kelas tujuan tidak ditemukan.'] })
    if (target.id === before.cohortId) throw validationError({ cohortId: ['Peserta sudah terdaftar di kelas ini.'] })
    if (target.wave.programId !== before.programId) throw validationError({ cohortId: ['Kelas tujuan harus dari program yang sama.'] })
    if (target.provinceCode !== before.cohort.provinceCode) throw validationError({ cohortId: ['Kelas tujuan harus di provinsi yang sama.'] })
    const closed = registrationClosedReason(target)
    if (closed) throw validationError({ cohortId: [closed] })
    if (target.waveId === before.cohort.waveId) {
      // Within one wave and province the province's wave quota does not change: only the cohort's counts.
      const capacity = (await lockCohortCapacity(tx, [target.id])).get(target.id)
      if (capacity && capacity.taken >= capacity.quota) {
        throw new AppError('CONFLICT', `${capacity.cohortName} sudah penuh (kuota ${capacity.quota} peserta). Tidak ada yang disimpan.`)
      }
    } else {
      await assertCapacity(tx, [{ cohortId: target.id, count: 1 }])
    }
    const after = await tx.enrolment.update({ where: { id: enrolmentId }, data: { cohortId: target.id }, select: enrolmentSelect })
    const { cohort: _from, ...beforeRow } = before
    await writeAuditLog(tx, actor, { action: 'move', entity: 'Enrolment', entityId: enrolmentId, before: beforeRow, after })
    return after
  })
}
