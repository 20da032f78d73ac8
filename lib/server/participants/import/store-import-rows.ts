import 'server-only'
import { sealNikInput } from '@/lib/server/crypto/nik'
import type { Tx } from '@/lib/server/db'
import type { ClassifiedParticipantRow, ImportRowStatus } from './classify-participant-rows'
import type { ImportRowData, ImportSummary } from './import-batch-types'

// A classified preview as it is kept in import_row, written by the upload (preview-participant-import)
// and again when the preview moves to another cohort (move-participant-import).

const ROW_CHUNK = 5000

export function summarize(rows: { status: ImportRowStatus }[]): ImportSummary {
  const summary: ImportSummary = { total: rows.length, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
  for (const row of rows) summary[row.status]++
  return summary
}

export function rowData(row: ClassifiedParticipantRow): ImportRowData {
  const writes = row.status === 'NEW' || row.status === 'UPDATE'
  const protectedNik = row.protectedNik
  const source = row.data && protectedNik && row.status !== 'NEW' ? (({ nik: _nik, ...fields }) => ({ ...fields, ...protectedNik }))(row.data) : null
  return {
    display: row.nikTyped ? { ...row.display, nikTyped: sealNikInput(row.nikTyped) } : row.display,
    changes: row.changes,
    participantId: row.participantId,
    enrol: row.enrol,
    storedVersion: row.storedVersion,
    participant: writes && row.merged && protectedNik
      ? { ...row.merged, ...(row.status === 'NEW' ? protectedNik : { nikHash: protectedNik.nikHash }) }
      : null,
    ...(source ? { source } : {}),
    ...(row.adjusted.length ? { adjusted: row.adjusted } : {}),
    ...(row.warnings.length ? { warnings: row.warnings } : {}),
  }
}

/**
 * One INSERT … SELECT FROM unnest(…) per 5,000 rows (one array per column; enum and JSON arrays go
 * through text[]/jsonb[]): createMany bound five parameters a row, and storing 10,000 rows took
 * ~1.8 s on PostgreSQL with it, ~0.85 s like this.
 */
export async function storeImportRows(tx: Tx, batchId: string, rows: ClassifiedParticipantRow[], onChunk: (done: number) => void = () => {}) {
  for (let i = 0; i < rows.length; i += ROW_CHUNK) {
    onChunk(i)
    const chunk = rows.slice(i, i + ROW_CHUNK)
    await tx.$executeRaw`
      INSERT INTO import_row ("batchId", "rowNumber", status, data, messages)
      SELECT ${batchId}::uuid, u.n, u.s::"ImportRowStatus", u.d, u.m
      FROM unnest(${chunk.map((r) => r.rowNumber)}::int[], ${chunk.map((r) => r.status)}::text[],
                  ${chunk.map((r) => JSON.stringify(rowData(r)))}::jsonb[], ${chunk.map((r) => (r.messages.length ? JSON.stringify(r.messages) : null))}::jsonb[]) AS u(n, s, d, m)`
  }
}
