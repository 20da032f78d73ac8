import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/programs/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { trainerWhere } from '@/lib/server/scope/where'
import { assertProvinceExists, duplicateEmailError } from './trainer-checks'
import { trainerFields, trainerSelect } from './trainer-fields'

const updateTrainerInput = trainerFields.extend({ trainerId: z.uuid('Pelatih tidak valid.') })

/** Edits a trainer profile. Trainers may not edit their own home province or status: Admin Pusat only. */
export async function updateTrainer(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'update', 'trainer') !== 'any') throw forbiddenError()
  const { trainerId, ...input } = parseOrThrow(updateTrainerInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.trainer.findFirst({ where: { AND: [trainerWhere(actor, 'update'), { id: trainerId }] }, select: trainerSelect })
      if (!before) throw notFoundError('Pelatih tidak ditemukan.')
      await assertProvinceExists(tx, input.homeProvinceCode)
      const sameEmail = await tx.trainer.findUnique({ where: { email: input.email }, select: { id: true } })
      if (sameEmail && sameEmail.id !== trainerId) throw duplicateEmailError()
      const after = await tx.trainer.update({ where: { id: trainerId }, data: input, select: trainerSelect })
      await writeAuditLog(tx, actor, { action: 'update', entity: 'Trainer', entityId: trainerId, before, after })
      return after
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmailError()
    throw e
  }
}
