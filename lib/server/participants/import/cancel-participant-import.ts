import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { findImportBatchOrThrow } from './get-participant-import'

// Cancelling a preview its officer will not confirm: its rows go, the batch stays with its counts.

const cancelInput = z.object({ batchId: z.string({ error: 'Pratinjau impor tidak ditemukan.' }) })

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
