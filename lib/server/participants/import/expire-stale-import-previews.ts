import 'server-only'
import { db, type Db } from '@/lib/server/db'

// A preview that will not be confirmed: cancelled by its officer, or expired after PREVIEW_DAYS.
// Its rows go (they hold NIK ciphertexts and contact details of people who were never registered);
// the batch stays, with its counts, so "Unggahan terakhir Anda" still tells what happened.

export const PREVIEW_DAYS = 7
export const EXPIRED_MESSAGE = `Kedaluwarsa: pratinjau tidak dikonfirmasi dalam ${PREVIEW_DAYS} hari. Unggah ulang berkasnya bila masih diperlukan.`

export const previewExpiresBefore = (now = new Date()) => new Date(now.getTime() - PREVIEW_DAYS * 86_400_000)

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
