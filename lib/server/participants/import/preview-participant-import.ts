import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { protectNik } from '@/lib/server/crypto/nik'
import { db } from '@/lib/server/db'
import { parseOrThrow, textField, validationError } from '@/lib/server/validation'
import { expireStaleImportPreviews } from './expire-stale-import-previews'
import type { ImportSummary } from './import-batch-types'
import { classifyParticipantRows, type HashedRow } from './classify-participant-rows'
import { assertImportCohortOpen, findImportCohortOrThrow } from './import-access'
import { loadExistingParticipants, loadProvinceNames, loadRegionMatcher } from './load-participant-import-context'
import { readParticipantFile } from './read-participant-file'
import { storeImportRows, summarize } from './store-import-rows'
import { validateParticipantRow } from './validate-participant-row'

// Upload → preview: reads the file, checks and classifies every row, and keeps the result in
// import_batch / import_row (PostgreSQL, so any instance can show and confirm it, and it survives
// a reload). Writes nothing to participants or enrolments.

export type ParticipantImportPreview = {
  batchId: string
  fileName: string
  cohortName: string
  summary: ImportSummary
  /** Rows confirming would write (NEW + UPDATE); 0 for a file already imported as it is. */
  toWrite: number
  /** The same file was already confirmed into this cohort. */
  alreadyImportedAt: Date | null
}

const previewInput = z.object({
  cohortId: z.guid({ error: 'Pilih kelas tujuan.' }),
  fileName: textField('Nama berkas', { max: 255, hidden: 'strip', minMessage: 'Pilih berkas Excel (.xlsx) atau CSV.' }),
  bytes: z.instanceof(Uint8Array, { message: 'Pilih berkas Excel (.xlsx) atau CSV.' }),
})

/** Where a preview stands, for the upload's progress bar: rows checked, then rows stored. */
export type ImportProgress = { stage: 'reading' | 'checking' | 'saving'; done: number; total: number }

const PROGRESS_EVERY = 1000
/** Lets the event loop flush a progress line (and serve other requests) during a long check. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function previewParticipantImport(actor: Actor, raw: unknown, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ParticipantImportPreview> {
  const input = parseOrThrow(previewInput, raw)
  const cohort = await findImportCohortOrThrow(db, actor, input.cohortId)
  assertImportCohortOpen(cohort)
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
  onProgress({ stage: 'reading', done: 0, total: 0 })
  const read = await readParticipantFile(input.fileName, bytes)
  if (!read.ok) throw validationError({ file: [read.message] }, read.message)

  const [regions, provinceNames] = await Promise.all([loadRegionMatcher(db, cohort), loadProvinceNames(db)])
  const now = new Date()
  const total = read.rows.length
  const validated: HashedRow[] = []
  for (const [index, row] of read.rows.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      onProgress({ stage: 'checking', done: index, total })
      if (index) await yieldToEventLoop()
    }
    const checked = validateParticipantRow(row, { regions, provinceCode: cohort.provinceCode, provinceNames, now })
    // Protected once here, whatever the row becomes: a NEW row stores it, the others keep it as
    // their source in case the preview moves to another cohort.
    const protectedNik = checked.data ? protectNik(checked.data.nik) : null
    validated.push({ ...checked, protectedNik, nikHash: protectedNik?.nikHash ?? null })
  }
  onProgress({ stage: 'checking', done: total, total })
  const valid = validated.flatMap((r) => (r.data && r.nikHash ? [{ nikHash: r.nikHash, phone: r.data.phone }] : []))
  const existing = await loadExistingParticipants(db, cohort, valid.map((r) => r.nikHash), valid.map((r) => r.phone))
  const classified = classifyParticipantRows(validated, { cohortId: cohort.id, provinceName: cohort.provinceName, ...existing })
  const summary = summarize(classified)
  const sha256 = createHash('sha256').update(bytes).digest('hex')

  const batchId = await db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        createdById: actor.userId, provinceCode: cohort.provinceCode, cohortId: cohort.id, fileName: input.fileName, fileSha256: sha256,
        status: 'PREVIEW', totalRows: classified.length, processedRows: classified.length, summary,
      },
      select: { id: true },
    })
    await storeImportRows(tx, batch.id, classified, (done) => onProgress({ stage: 'saving', done, total }))
    return batch.id
  }, { timeout: 120_000 })
  onProgress({ stage: 'saving', done: total, total })

  await expireStaleImportPreviews()
  const previous = await db.importBatch.findFirst({
    where: { cohortId: cohort.id, fileSha256: sha256, status: 'COMMITTED' },
    orderBy: { committedAt: 'desc' },
    select: { committedAt: true },
  })
  return {
    batchId, fileName: input.fileName, cohortName: cohort.name, summary,
    toWrite: summary.NEW + summary.UPDATE, alreadyImportedAt: previous?.committedAt ?? null,
  }
}
