import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { forgetSessionUsers, updateUserAccount } from '@/lib/server/auth/end-sessions'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { trainerWhere } from '@/lib/server/scope/where'
import { assertProvinceExists, duplicateEmailError } from './trainer-checks'
import { trainerFields, trainerSelect, type TrainerFields } from './trainer-fields'

const updateTrainerInput = trainerFields.extend({ trainerId: z.guid('Pelatih tidak valid.') })
// A trainer editing their own profile (update:trainer:own): home province and status are not theirs
// to change, so those fields are not read at all and keep their stored values.
const updateOwnProfileInput = updateTrainerInput.omit({ homeProvinceCode: true, active: true })
type UpdateInput = z.output<typeof updateOwnProfileInput> & Partial<Pick<TrainerFields, 'homeProvinceCode' | 'active'>>

/**
 * Edits a trainer profile. Admin Pusat edits any trainer; a trainer edits their own contact details
 * and expertise (another trainer's profile is not found), never their home province or status.
 * Changing the status changes the trainer's sign-in account with it: a deactivated trainer's open
 * sessions end and they can no longer sign in, mark attendance or read their feed; reactivated, they can.
 */
export async function updateTrainer(actor: Actor, raw: unknown) {
  const where = trainerWhere(actor, 'update')
  const isNational = requireAccess(actor, 'update', 'trainer') === 'any'
  const parsed: UpdateInput = isNational ? parseOrThrow(updateTrainerInput, raw) : parseOrThrow(updateOwnProfileInput, raw)
  const { trainerId, ...input } = parsed
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.trainer.findFirst({ where: { AND: [where, { id: trainerId }] }, select: trainerSelect })
      if (!before) throw notFoundError('Pelatih tidak ditemukan.')
      if (input.homeProvinceCode !== undefined) await assertProvinceExists(tx, input.homeProvinceCode)
      const sameEmail = await tx.trainer.findUnique({ where: { email: input.email }, select: { id: true } })
      if (sameEmail && sameEmail.id !== trainerId) throw duplicateEmailError()
      const after = await tx.trainer.update({ where: { id: trainerId }, data: input, select: trainerSelect })
      const account = input.active === undefined || input.active === before.active
        ? null
        : await tx.user.findUnique({ where: { trainerId }, select: { id: true } })
      if (account) await updateUserAccount(tx, account.id, { active: input.active })
      await writeAuditLog(tx, actor, { action: 'update', entity: 'Trainer', entityId: trainerId, before, after })
      return { after, accountId: account?.id }
    }).then(({ after, accountId }) => {
      if (accountId) forgetSessionUsers([accountId])
      return after
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateEmailError()
    throw e
  }
}
