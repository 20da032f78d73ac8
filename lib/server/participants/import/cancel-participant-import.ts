import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db, type Db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/programs/validation'
import { findImportBatchOrThrow } from './get-participant-import'

// A preview that will not be confirmed: cancelled by its officer, or expired after PREVIEW_DAYS.
// Its rows go (they hold NIK ciphertexts and contact details of people who were never registered);
// the batch stays, with its counts, so "Unggahan terakhir Anda" still tells what happened.

export const PREVIEW_DAYS = 7
export const EXPIRED_MESSAGE = `Kedaluwarsa: pratinjau tidak dikonfirmasi dalam ${PREVIEW_DAYS} hari. Unggah ulang berkasnya bila masih diperlukan.`

const cancelInput = z.object({ batchId: z.string({ error: 'Pratinjau impor tidak ditemukan.' }) })

export const previewExpiresBefore = (now = new Date()) => new Date(now.getTime() - PREVIEW_DAYS * 86_400_000)

export async function cancelParticipantImport(actor: Actor, raw: unknown): Promise<void> {
  const { batchId } = parseOrThrow(cancelInput, raw)
  await db.$transaction(async (tx) => {
    const batch = await findImportBatchOrThrow(tx, actor, batchId)
    const claimed = await tx.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW' }, data: { status: 'CANCELLED', error: null } })
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'Impor ini sudah disimpan atau dibatalkan.')
    await tx.importRow.deleteMany({ where: { batchId: batch.id } })
    await writeAuditLog(tx, actor, {
      action: 'cancel', entity: 'ImportBatch', entityId: batch.id,
      before: { status: 'PREVIEW' }, after: { status: 'CANCELLED', fileName: batch.fileName, cohortId: batch.cohort.id, ...batch.summary },
    })
  })
}

/**
 * Every preview older than PREVIEW_DAYS is cancelled and its rows removed (run on each new upload).
 * Claimed first, like a confirmation: a batch being confirmed at that moment is left alone.
 */
export async function expireStaleImportPreviews(client: Db = db, now = new Date()): Promise<number> {
  return client.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE import_batch SET status = 'CANCELLED', error = ${EXPIRED_MESSAGE}
      WHERE status = 'PREVIEW' AND "createdAt" < ${previewExpiresBefore(now)} RETURNING id`
    if (expired.length) await tx.importRow.deleteMany({ where: { batchId: { in: expired.map((b) => b.id) } } })
    return expired.length
  })
}
