import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow, validationError } from '@/lib/server/validation'
import { cohortWhere, participantWhere } from '@/lib/server/scope/where'
import { assertCapacity } from './enrolment-capacity'
import { registrationClosedReason } from './registration-window'
import { enrolmentSelect } from './withdraw-enrolment'

const enrolInput = z.object({
  participantId: z.guid('Peserta tidak valid.'),
  cohortId: z.guid('Pilih kelas.'),
})

/**
 * Enrols a participant who is already registered (from an earlier round or another program) into a
 * cohort of their province, without typing their data again. One enrolment per program; quotas
 * are checked under lock.
 */
export async function enrolParticipant(actor: Actor, raw: unknown) {
  const participantScope = participantWhere(actor, 'update')
  const cohortScope = cohortWhere(actor, 'read')
  const { participantId, cohortId } = parseOrThrow(enrolInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const participant = await tx.participant.findFirst({ where: { AND: [participantScope, { id: participantId }] }, select: { id: true, provinceCode: true } })
      if (!participant) throw notFoundError('Peserta tidak ditemukan.')
      const cohort = await tx.cohort.findFirst({
        where: { AND: [cohortScope, { id: cohortId }] },
        select: { id: true, name: true, status: true, provinceCode: true, wave: { select: { programId: true, program: { select: { name: true } } } } },
      })
      if (!cohort) throw validationError({ cohortId: ['Kelas tidak ditemukan.'] })
      if (cohort.provinceCode !== participant.provinceCode) throw validationError({ cohortId: ['Kelas harus di provinsi peserta.'] })
      const closed = registrationClosedReason(cohort)
      if (closed) throw validationError({ cohortId: [closed] })
      const existing = await tx.enrolment.findUnique({ where: { participantId_programId: { participantId, programId: cohort.wave.programId } }, select: { id: true } })
      if (existing) throw validationError({ cohortId: [`Peserta sudah terdaftar di ${cohort.wave.program.name}. Pindahkan kelasnya bila perlu.`] })
      await assertCapacity(tx, [{ cohortId: cohort.id, count: 1 }])
      const enrolment = await tx.enrolment.create({ data: { participantId, cohortId: cohort.id, programId: cohort.wave.programId }, select: enrolmentSelect })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Enrolment', entityId: enrolment.id, after: enrolment })
      return enrolment
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw validationError({ cohortId: ['Peserta sudah terdaftar di program ini.'] })
    throw e
  }
}
