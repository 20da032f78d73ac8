import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Prisma } from '@/generated/prisma/client'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import { openNikInput } from '@/lib/server/crypto/nik'
import { db, type Db, type Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { findImportCohortOrThrow } from './import-access'
import type { ImportRowData, ImportSummary } from './import-batch-types'
import { getImportCapacity, listImportCohortChoices } from './import-capacity'

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
  status: z.enum(['NEW', 'UPDATE', 'UNCHANGED', 'DUPLICATE', 'ERROR', 'OVER_QUOTA']).optional(),
  page: z.coerce.number().int().min(1).default(1),
})

const NO_ROW = 2 ** 31 - 1

/**
 * One page of a batch's rows for the preview page: what is shown, never a valid NIK itself (a NIK
 * cell that is not one is shown as typed). A preview also carries the places left as they stand now
 * and the other cohorts it could move to; rows that would enrol beyond the places left are marked
 * (and filtered by status OVER_QUOTA), as a confirmation of "the rows that fit" would leave them out.
 */
export async function getParticipantImport(actor: Actor, raw: unknown) {
  const input = parseOrThrow(rowsInput, raw)
  const batch = await findImportBatchOrThrow(db, actor, input.batchId)
  const [capacity, cohortChoices] = batch.status === 'PREVIEW'
    ? await Promise.all([getImportCapacity(db, batch.id, batch.cohort.id), listImportCohortChoices(actor, batch.cohort)])
    : [null, []]
  const overFrom = capacity?.firstOverRow ?? NO_ROW
  const where: Prisma.ImportRowWhereInput = input.status === 'OVER_QUOTA' && batch.status === 'PREVIEW'
    ? { batchId: batch.id, status: { in: ['NEW', 'UPDATE'] }, rowNumber: { gte: overFrom }, data: { path: ['enrol'], equals: true } }
    : { batchId: batch.id, ...(input.status ? { status: input.status as ImportRowStatus } : {}) }
  const [rows, count] = await Promise.all([
    db.importRow.findMany({ where, orderBy: { rowNumber: 'asc' }, skip: (input.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { rowNumber: true, status: true, data: true, messages: true } }),
    db.importRow.count({ where }),
  ])
  return {
    batch: { id: batch.id, cohortId: batch.cohort.id, fileName: batch.fileName, status: batch.status, error: batch.error, summary: batch.summary, totalRows: batch.totalRows, processedRows: batch.processedRows, cohortName: batch.cohort.name, timeZone: batch.cohort.timeZone, timeZoneLabel: batch.cohort.timeZoneLabel, createdAt: batch.createdAt, committedAt: batch.committedAt },
    capacity,
    cohortChoices,
    rows: rows.map((r) => {
      const data = r.data as unknown as ImportRowData
      const { nikTyped, nikMasked, ...display } = data.display
      const overQuota = r.status === 'OVER_QUOTA' || ((r.status === 'NEW' || r.status === 'UPDATE') && data.enrol && r.rowNumber >= overFrom)
      return {
        rowNumber: r.rowNumber, status: r.status, ...display,
        // The officer's own input when the cell was not a NIK; a valid NIK only masked.
        nik: nikTyped ? openNikInput(nikTyped) ?? '' : nikMasked, nikIsTyped: !!nikTyped,
        changes: data.changes, messages: (r.messages as string[] | null) ?? [],
        adjusted: data.adjusted ?? [], warnings: data.warnings ?? [], overQuota,
      }
    }),
    page: input.page,
    pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  }
}
