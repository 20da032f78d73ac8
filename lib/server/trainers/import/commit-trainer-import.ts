import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { verifyPayload } from '../signed-payload'
import { trainerSelect } from '../trainer-fields'
import { changedFields, mergeTrainer } from './classify-trainer-rows'
import { loadImportContext } from './load-import-context'
import { IMPORT_TOKEN_PURPOSE, requireImportAccess, type ImportToken } from './preview-trainer-import'

const commitInput = z.object({ token: z.string({ error: 'Unggah berkas terlebih dahulu.' }).min(1, 'Unggah berkas terlebih dahulu.') })

const restartMessage = 'Pratinjau impor tidak berlaku lagi. Unggah ulang berkasnya.'

/**
 * Writes a previewed import, all or nothing, in one transaction with one audit record per trainer
 * created or changed. Rows are compared with the database again, so confirming twice (or
 * re-importing the same file) changes nothing the second time.
 */
export async function commitTrainerImport(actor: Actor, raw: unknown) {
  requireImportAccess(actor)
  const { token } = parseOrThrow(commitInput, raw)
  const verified = verifyPayload<ImportToken>(IMPORT_TOKEN_PURPOSE, actor.userId, token)
  if (!verified.ok) throw new AppError('VALIDATION', restartMessage)
  // `unchanged` defaults for previews signed before it was part of the token (they live an hour).
  const { fileName, sha256, rows, unchanged = 0 } = verified.data
  try {
    return await db.$transaction(async (tx) => {
      const { existingByEmail } = await loadImportContext(tx, rows.map((r) => r.data.email))
      let created = 0
      let updated = 0
      for (const { data } of rows) {
        const existing = existingByEmail.get(data.email)
        if (!existing) {
          const trainer = await tx.trainer.create({ data, select: trainerSelect })
          await writeAuditLog(tx, actor, { action: 'import', entity: 'Trainer', entityId: trainer.id, after: { ...trainer, fileName, sha256 } })
          created++
          continue
        }
        const merged = mergeTrainer(existing, data)
        if (!changedFields(existing, merged).length) continue
        const after = await tx.trainer.update({ where: { id: existing.id }, data: merged, select: trainerSelect })
        await writeAuditLog(tx, actor, { action: 'import', entity: 'Trainer', entityId: existing.id, before: existing, after: { ...after, fileName, sha256 } })
        updated++
      }
      return { created, updated, unchanged: unchanged + rows.length - created - updated }
    }, { timeout: 120_000 })
  } catch (e) {
    // Another import or edit created one of these e-mails meanwhile: nothing was written.
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', restartMessage)
    throw e
  }
}
