import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { protectNik } from '@/lib/server/crypto/nik'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere } from '@/lib/server/scope/where'
import { assertCapacity } from './enrolment-capacity'
import { registrationClosedReason } from './registration-window'
import { assertRegion, assertUnique, duplicateFromUniqueViolation, nikField, nikIssuedProvinceOf, participantFields, participantSelect } from './participant-fields'

const registerInput = participantFields.extend({
  nik: nikField,
  cohortId: z.guid('Pilih kelas.'),
})

/**
 * Registers a new participant and enrols them in a cohort of their province, in one transaction:
 * the NIK is stored encrypted (hash for uniqueness, masked copy for display) — one issued in another
 * province is accepted and that province kept with the record for its warning —, and the cohort's
 * and the province's quota are checked under lock. An operator registers into their own
 * province's cohorts only; another province's cohort is not found.
 */
export async function registerParticipant(actor: Actor, raw: unknown) {
  requireAccess(actor, 'create', 'participant')
  requireAccess(actor, 'create', 'enrolment')
  const { nik, cohortId, ...fields } = parseOrThrow(registerInput, raw)
  const cohortScope = cohortWhere(actor, 'read')
  const protectedNik = protectNik(nik.nik)
  try {
    return await db.$transaction(async (tx) => {
      const cohort = await tx.cohort.findFirst({
        where: { AND: [cohortScope, { id: cohortId }] },
        select: { id: true, name: true, status: true, provinceCode: true, wave: { select: { programId: true } } },
      })
      if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
      const closed = registrationClosedReason(cohort)
      if (closed) throw new AppError('CONFLICT', closed)
      await assertRegion(tx, fields, cohort.provinceCode)
      await assertUnique(tx, actor, { nikHash: protectedNik.nikHash, phone: fields.phone })
      await assertCapacity(tx, [{ cohortId: cohort.id, count: 1 }])
      const participant = await tx.participant.create({
        data: {
          ...fields, ...protectedNik, sex: nik.sex, birthDate: nik.birthDate, provinceCode: cohort.provinceCode,
          nikIssuedProvinceCode: nikIssuedProvinceOf(nik, cohort.provinceCode),
        },
        select: participantSelect,
      })
      const enrolment = await tx.enrolment.create({
        data: { participantId: participant.id, cohortId: cohort.id, programId: cohort.wave.programId },
        select: { id: true, cohortId: true, programId: true, status: true },
      })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Participant', entityId: participant.id, after: participant })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Enrolment', entityId: enrolment.id, after: enrolment })
      return { ...participant, enrolment }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateFromUniqueViolation(e)
    throw e
  }
}
