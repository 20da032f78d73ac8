import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { formatNumber } from '@/lib/format/date-time'
import { writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { cohortWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { parseOrThrow, validationError } from '@/lib/server/validation'
import { lockCohortCapacity } from '../enrolment-capacity'
import { registrationClosedReason } from '../registration-window'
import { enrolmentSelect } from '../withdraw-enrolment'
import type { BulkResult } from './withdraw-selected-enrolments'
import { nameList, resolveParticipantSelection, selectionFields } from './participant-selection'

const moveSelectedInput = z.object({ ...selectionFields, cohortId: z.guid('Pilih kelas tujuan.') })

/**
 * Moves the selected participants' registered enrolments of the target cohort's program into it, all
 * or nothing, under the rules of a move one by one (same program and province, a cohort that takes
 * registrations, quotas under lock) and audited the same way. The quota is checked for the whole
 * batch: the cohort's own for everyone, the province's wave quota for those coming from another wave.
 * Participants not registered (withdrawn, passed, failed) or already in the target are skipped.
 */
export async function moveSelectedEnrolments(actor: Actor, raw: unknown): Promise<BulkResult> {
  const scope = enrolmentWhere(actor, 'update')
  const cohortScope = cohortWhere(actor, 'read')
  const input = parseOrThrow(moveSelectedInput, raw)
  const participantIds = await resolveParticipantSelection(actor, input, 'update')
  return db.$transaction(async (tx) => {
    const target = await tx.cohort.findFirst({
      where: { AND: [cohortScope, { id: input.cohortId }] },
      select: { id: true, name: true, status: true, waveId: true, provinceCode: true, wave: { select: { programId: true } } },
    })
    if (!target) throw validationError({ cohortId: ['Kelas tujuan tidak ditemukan.'] })
    const closed = registrationClosedReason(target)
    if (closed) throw validationError({ cohortId: [closed] })
    const enrolments = await tx.enrolment.findMany({
      where: { AND: [scope, { participantId: { in: participantIds }, programId: target.wave.programId }] },
      select: { ...enrolmentSelect, participant: { select: { name: true } }, cohort: { select: { waveId: true, provinceCode: true } } },
    })
    const outside = participantIds.length - enrolments.length
    if (outside) {
      throw validationError({ cohortId: [`${formatNumber(outside)} peserta yang dipilih tidak terdaftar di program kelas tujuan. Pilih kelas tujuan dari program mereka, atau saring daftar menurut kelas. Tidak ada yang dipindahkan.`] })
    }
    const elsewhere = enrolments.filter((e) => e.cohort.provinceCode !== target.provinceCode).map((e) => e.participant.name)
    if (elsewhere.length) {
      throw validationError({ cohortId: [`Kelas tujuan harus di provinsi yang sama. Peserta dari provinsi lain: ${nameList(elsewhere)}. Tidak ada yang dipindahkan.`] })
    }
    const moving = enrolments.filter((e) => e.status === 'REGISTERED' && e.cohortId !== target.id)
    if (!moving.length) {
      throw new AppError('CONFLICT', `Tidak ada peserta terpilih yang dapat dipindahkan: semuanya sudah di ${target.name} atau tidak berstatus Terdaftar.`)
    }
    // Within one wave and province the province's wave quota does not change: only arrivals from another wave count against it.
    const capacity = (await lockCohortCapacity(tx, [target.id])).get(target.id)
    if (capacity) {
      const cohortLeft = Math.max(0, capacity.quota - capacity.taken)
      const fromOtherWaves = moving.filter((e) => e.cohort.waveId !== target.waveId).length
      const provinceLeft = capacity.provinceQuota === null ? Infinity : Math.max(0, capacity.provinceQuota - capacity.provinceTaken)
      const problems: string[] = []
      if (moving.length > cohortLeft) {
        problems.push(cohortLeft === 0
          ? `${target.name} sudah penuh (kuota ${capacity.quota} peserta), sedangkan ${formatNumber(moving.length)} peserta akan dipindahkan.`
          : `${target.name} hanya memiliki ${formatNumber(cohortLeft)} tempat tersisa (kuota ${capacity.quota} peserta), sedangkan ${formatNumber(moving.length)} peserta akan dipindahkan.`)
      }
      if (fromOtherWaves > provinceLeft) {
        problems.push(`Kuota provinsi untuk gelombang kelas tujuan tersisa ${formatNumber(provinceLeft)} tempat, sedangkan ${formatNumber(fromOtherWaves)} peserta datang dari gelombang lain.`)
      }
      if (problems.length) throw new AppError('CONFLICT', `${problems.join(' ')} Tidak ada yang dipindahkan.`)
    }
    // Each update is guarded by the state it was read in: a change by another officer meanwhile refuses the batch.
    const { count } = await tx.enrolment.updateMany({
      where: { OR: moving.map((e) => ({ id: e.id, cohortId: e.cohortId, status: 'REGISTERED' as const })) },
      data: { cohortId: target.id },
    })
    if (count !== moving.length) throw new AppError('CONFLICT', 'Sebagian pendaftaran baru saja diubah petugas lain. Muat ulang halaman lalu coba lagi. Tidak ada yang dipindahkan.')
    await writeAuditLogs(tx, actor, moving.map(({ participant: _p, cohort: _c, ...before }) => ({
      action: 'move', entity: 'Enrolment', entityId: before.id, before, after: { ...before, cohortId: target.id, via: 'bulk' },
    })))
    return { changed: moving.length, skipped: participantIds.length - moving.length }
  }, { timeout: 30_000 })
}
