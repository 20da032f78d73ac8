import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { assertProvinceExists, duplicateEmailError } from './trainer-checks'
import { trainerFields, trainerSelect } from './trainer-fields'

/** A new Pelatih Ahli profile (national data: Admin Pusat only). */
export async function createTrainer(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'create', 'trainer') !== 'any') throw forbiddenError()
  const input = parseOrThrow(trainerFields, raw)
  try {
    return await db.$transaction(async (tx) => {
      await assertProvinceExists(tx, input.homeProvinceCode)
      if (await tx.trainer.findUnique({ where: { email: input.email }, select: { id: true } })) throw duplicateEmailError()
      const trainer = await tx.trainer.create({ data: input, select: trainerSelect })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Trainer', entityId: trainer.id, after: trainer })
      return trainer
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmailError()
    throw e
  }
}
