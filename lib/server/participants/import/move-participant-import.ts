import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { parseOrThrow, validationError } from '@/lib/server/validation'
import { classifyParticipantRows, type HashedRow } from './classify-participant-rows'
import { EXPIRED_MESSAGE, previewExpiresBefore } from './expire-stale-import-previews'
import { findImportBatchOrThrow } from './get-participant-import'
import { assertImportCohortOpen, findImportCohortOrThrow } from './import-access'
import type { ImportRowData, ImportSummary } from './import-batch-types'
import { loadExistingParticipants } from './load-participant-import-context'
import { storeImportRows, summarize } from './store-import-rows'

// "Choose another cohort" of the import preview (issue 12): the file does not fit the cohort it was
// checked for, so the officer moves the preview to another cohort of the same province instead of
// uploading the file again. The rows' checks (regions of the province, NIK, phone, dates) stay; only
// what confirming would do is worked out again for the new cohort (a participant already in it is
// unchanged, one enrolled elsewhere in its program is refused), from each row's stored source.

const moveInput = z.object({
  batchId: z.string({ error: 'Pratinjau impor tidak ditemukan.' }),
  cohortId: z.guid({ error: 'Pilih kelas tujuan.' }),
})

export type MovedImport = { batchId: string; cohortName: string; summary: ImportSummary }

export async function moveParticipantImport(actor: Actor, raw: unknown): Promise<MovedImport> {
  const input = parseOrThrow(moveInput, raw)
  return db.$transaction(async (tx) => {
    const batch = await findImportBatchOrThrow(tx, actor, input.batchId)
    if (batch.status !== 'PREVIEW') throw new AppError('CONFLICT', 'Impor ini sudah disimpan atau dibatalkan.')
    if (batch.createdAt < previewExpiresBefore()) throw new AppError('CONFLICT', EXPIRED_MESSAGE)
    if (input.cohortId === batch.cohort.id) throw validationError({ cohortId: ['Pratinjau ini sudah untuk kelas tersebut.'] })
    const target = await findImportCohortOrThrow(tx, actor, input.cohortId)
    if (target.provinceCode !== batch.cohort.provinceCode) {
      throw validationError({ cohortId: [`Pilih kelas di Provinsi ${batch.cohort.provinceName}: wilayah dalam berkas ini diperiksa untuk provinsi tersebut.`] })
    }
    assertImportCohortOpen(target)
    // The claim, as a confirmation makes it: a concurrent confirmation or move waits for this row,
    // then finds the preview no longer for the cohort it read.
    const claimed = await tx.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW', cohortId: batch.cohort.id }, data: { cohortId: target.id } })
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'Pratinjau ini baru saja disimpan, dibatalkan atau dipindahkan. Muat ulang halaman.')

    const stored = await tx.importRow.findMany({ where: { batchId: batch.id }, orderBy: { rowNumber: 'asc' }, select: { rowNumber: true, status: true, data: true, messages: true } })
    const rows = stored.map((r): HashedRow => {
      const data = r.data as unknown as ImportRowData
      const source = r.status === 'NEW' ? data.participant : data.source
      // Previews stored before rows kept their source cannot be classified again.
      if (!source && r.status !== 'ERROR') throw new AppError('CONFLICT', 'Pratinjau ini tidak dapat dipindahkan. Unggah ulang berkasnya ke kelas tujuan.')
      // The display keeps the sealed typed NIK of a failed row as it was stored.
      const base = { rowNumber: r.rowNumber, display: data.display, adjusted: data.adjusted ?? [], warnings: data.warnings ?? [], nikTyped: null }
      // A row that failed its checks keeps its reasons; the others are classified again.
      if (!source?.nikCiphertext || !source.nikMasked) return { ...base, messages: (r.messages as string[] | null) ?? [], data: null, nikHash: null, protectedNik: null }
      const { nikCiphertext, nikHash, nikMasked, ...fields } = source
      return { ...base, messages: [], data: { ...fields, nikIssuedProvinceCode: fields.nikIssuedProvinceCode ?? null, nik: '' }, nikHash, protectedNik: { nikCiphertext, nikHash, nikMasked } }
    })
    const valid = rows.flatMap((r) => (r.data && r.nikHash ? [{ nikHash: r.nikHash, phone: r.data.phone }] : []))
    const existing = await loadExistingParticipants(tx, target, valid.map((r) => r.nikHash), valid.map((r) => r.phone))
    const classified = classifyParticipantRows(rows, { cohortId: target.id, provinceName: target.provinceName, ...existing })
    await tx.importRow.deleteMany({ where: { batchId: batch.id } })
    await storeImportRows(tx, batch.id, classified)
    const summary = summarize(classified)
    await tx.importBatch.update({ where: { id: batch.id }, data: { summary } })
    await writeAuditLog(tx, actor, {
      action: 'move', entity: 'ImportBatch', entityId: batch.id,
      before: { cohortId: batch.cohort.id, cohortName: batch.cohort.name, ...batch.summary },
      after: { cohortId: target.id, cohortName: target.name, fileName: batch.fileName, ...summary },
    })
    return { batchId: batch.id, cohortName: target.name, summary }
  }, { timeout: 120_000 })
}
