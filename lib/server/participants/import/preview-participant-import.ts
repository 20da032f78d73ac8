import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { hashNik, protectNik } from '@/lib/server/crypto/nik'
import { db } from '@/lib/server/db'
import { parseOrThrow, textField, validationError } from '@/lib/server/validation'
import { expireStaleImportPreviews } from './expire-stale-import-previews'
import type { ImportRowData, ImportSummary } from './import-batch-types'
import { classifyParticipantRows, type ClassifiedParticipantRow, type ImportRowStatus } from './classify-participant-rows'
import { findImportCohortOrThrow } from './import-access'
import { loadExistingParticipants, loadRegionMatcher } from './load-participant-import-context'
import { readParticipantFile } from './read-participant-file'
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

const ROW_CHUNK = 5000

export function summarize(rows: { status: ImportRowStatus }[]): ImportSummary {
  const summary: ImportSummary = { total: rows.length, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
  for (const row of rows) summary[row.status]++
  return summary
}

function rowData(row: ClassifiedParticipantRow): ImportRowData {
  const writes = row.status === 'NEW' || row.status === 'UPDATE'
  return {
    display: row.display,
    changes: row.changes,
    participantId: row.participantId,
    enrol: row.enrol,
    storedVersion: row.storedVersion,
    participant: writes && row.merged && row.data
      ? { ...row.merged, ...(row.status === 'NEW' ? protectNik(row.data.nik) : { nikHash: row.nikHash! }) }
      : null,
  }
}

/** Where a preview stands, for the upload's progress bar: rows checked, then rows stored. */
export type ImportProgress = { stage: 'reading' | 'checking' | 'saving'; done: number; total: number }

const PROGRESS_EVERY = 1000
/** Lets the event loop flush a progress line (and serve other requests) during a long check. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function previewParticipantImport(actor: Actor, raw: unknown, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ParticipantImportPreview> {
  const input = parseOrThrow(previewInput, raw)
  const cohort = await findImportCohortOrThrow(db, actor, input.cohortId)
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
  onProgress({ stage: 'reading', done: 0, total: 0 })
  const read = await readParticipantFile(input.fileName, bytes)
  if (!read.ok) throw validationError({ file: [read.message] }, read.message)

  const regions = await loadRegionMatcher(db, cohort)
  const now = new Date()
  const total = read.rows.length
  const validated: (ReturnType<typeof validateParticipantRow> & { nikHash: string | null })[] = []
  for (const [index, row] of read.rows.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      onProgress({ stage: 'checking', done: index, total })
      if (index) await yieldToEventLoop()
    }
    const checked = validateParticipantRow(row, { regions, provinceCode: cohort.provinceCode, now })
    validated.push({ ...checked, nikHash: checked.data ? hashNik(checked.data.nik) : null })
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
    // One INSERT … SELECT FROM unnest(…) per 5,000 rows (one array per column; enum and JSON
    // arrays go through text[]/jsonb[]): createMany bound five parameters a row, and storing
    // 10,000 rows took ~1.8 s on PostgreSQL with it, ~0.85 s like this.
    for (let i = 0; i < classified.length; i += ROW_CHUNK) {
      onProgress({ stage: 'saving', done: i, total })
      const chunk = classified.slice(i, i + ROW_CHUNK)
      await tx.$executeRaw`
        INSERT INTO import_row ("batchId", "rowNumber", status, data, messages)
        SELECT ${batch.id}::uuid, u.n, u.s::"ImportRowStatus", u.d, u.m
        FROM unnest(${chunk.map((r) => r.rowNumber)}::int[], ${chunk.map((r) => r.status)}::text[],
                    ${chunk.map((r) => JSON.stringify(rowData(r)))}::jsonb[], ${chunk.map((r) => (r.messages.length ? JSON.stringify(r.messages) : null))}::jsonb[]) AS u(n, s, d, m)`
    }
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
