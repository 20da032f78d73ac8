import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { protectNik } from '@/lib/server/crypto/nik'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { participantWhere } from '@/lib/server/scope/where'
import { assertRegion, assertUnique, duplicateFromUniqueViolation, nikIssuedProvinceOf, optionalNikField, participantFields, participantSelect } from './participant-fields'

const updateInput = participantFields.extend({
  participantId: z.guid('Peserta tidak valid.'),
  nik: optionalNikField,
})

/**
 * Edits a participant's details. The province stays (their enrolments belong to it): the regency
 * and village must lie in it; a re-entered NIK of another province is kept with its warning. Outside the actor's scope the participant is not found.
 */
export async function updateParticipant(actor: Actor, raw: unknown) {
  const where = participantWhere(actor, 'update')
  const { participantId, nik, ...fields } = parseOrThrow(updateInput, raw)
  const protectedNik = nik ? protectNik(nik.nik) : null
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.participant.findFirst({ where: { AND: [where, { id: participantId }] }, select: participantSelect })
      if (!before) throw notFoundError('Peserta tidak ditemukan.')
      await assertRegion(tx, fields, before.provinceCode)
      await assertUnique(tx, actor, { nikHash: protectedNik?.nikHash, phone: fields.phone }, participantId)
      const after = await tx.participant.update({
        where: { id: participantId },
        data: {
          ...fields,
          ...(nik && protectedNik ? { ...protectedNik, sex: nik.sex, birthDate: nik.birthDate, nikIssuedProvinceCode: nikIssuedProvinceOf(nik, before.provinceCode) } : {}),
        },
        select: participantSelect,
      })
      await writeAuditLog(tx, actor, { action: 'update', entity: 'Participant', entityId: participantId, before, after })
      return after
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateFromUniqueViolation(e)
    throw e
  }
}
