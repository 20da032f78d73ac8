import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import { db, type Db, type Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { findImportCohortOrThrow } from './import-access'
import type { ImportRowData, ImportSummary } from './import-batch-types'

const PAGE_SIZE = 100

/** A participant import batch the actor may reach (through its cohort's scope), or NOT_FOUND. */
export async function findImportBatchOrThrow(client: Db | Tx, actor: Actor, batchId: string) {
  const batch = z.guid().safeParse(batchId).success
    ? await client.importBatch.findUnique({
      where: { id: batchId },
      select: { id: true, cohortId: true, fileName: true, fileSha256: true, status: true, error: true, totalRows: true, processedRows: true, summary: true, createdAt: true, committedAt: true },
    })
    : null
  if (!batch?.cohortId) throw notFoundError('Pratinjau impor tidak ditemukan. Unggah ulang berkasnya.')
  const cohort = await findImportCohortOrThrow(client, actor, batch.cohortId)
  return { ...batch, summary: batch.summary as ImportSummary | null, cohort }
}

const rowsInput = z.object({
  batchId: z.string(),
  status: z.enum(['NEW', 'UPDATE', 'UNCHANGED', 'DUPLICATE', 'ERROR']).optional(),
  page: z.coerce.number().int().min(1).default(1),
})

/** One page of a batch's rows for the preview page: what is shown, never the NIK itself. */
export async function getParticipantImport(actor: Actor, raw: unknown) {
  const input = parseOrThrow(rowsInput, raw)
  const batch = await findImportBatchOrThrow(db, actor, input.batchId)
  const where = { batchId: batch.id, ...(input.status ? { status: input.status as ImportRowStatus } : {}) }
  const [rows, count] = await Promise.all([
    db.importRow.findMany({ where, orderBy: { rowNumber: 'asc' }, skip: (input.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { rowNumber: true, status: true, data: true, messages: true } }),
    db.importRow.count({ where }),
  ])
  return {
    batch: { id: batch.id, fileName: batch.fileName, status: batch.status, error: batch.error, summary: batch.summary, totalRows: batch.totalRows, processedRows: batch.processedRows, cohortName: batch.cohort.name, timeZone: batch.cohort.timeZone, timeZoneLabel: batch.cohort.timeZoneLabel, createdAt: batch.createdAt, committedAt: batch.committedAt },
    rows: rows.map((r) => {
      const data = r.data as unknown as ImportRowData
      return { rowNumber: r.rowNumber, status: r.status, ...data.display, changes: data.changes, messages: (r.messages as string[] | null) ?? [] }
    }),
    page: input.page,
    pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  }
}
