import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { parseOrThrow, textField, validationError } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { signPayload } from '../signed-payload'
import { classifyTrainerRows, type ImportRowStatus, type TrainerImportData } from './classify-trainer-rows'
import { loadImportContext } from './load-import-context'
import { readTrainerWorkbook } from './read-trainer-workbook'

export const IMPORT_TOKEN_PURPOSE = 'trainer-import'
const IMPORT_TOKEN_TTL_MS = 60 * 60_000

export type ImportToken = {
  fileName: string
  sha256: string
  rows: { rowNumber: number; data: TrainerImportData }[]
  /** Rows the preview found unchanged: not in `rows`, but still part of the confirmation's count. */
  unchanged: number
}

export type TrainerImportPreview = {
  fileName: string
  summary: Record<ImportRowStatus, number> & { total: number }
  rows: { rowNumber: number; status: ImportRowStatus; name: string; email: string; provinceName: string | null; messages: string[]; changes: string[] }[]
  /** Signed rows to write on confirmation; null when a row has errors or nothing would change. */
  token: string | null
}

const previewInput = z.object({
  fileName: textField('Nama berkas', { max: 255, hidden: 'strip', minMessage: 'Pilih berkas Excel (.xlsx).' }),
  bytes: z.instanceof(Uint8Array, { message: 'Pilih berkas Excel (.xlsx).' }),
})

/** Admin Pusat may both create and update trainers: the import does both. */
export function requireImportAccess(actor: Actor) {
  if (requireAccess(actor, 'create', 'trainer') !== 'any' || requireAccess(actor, 'update', 'trainer') !== 'any') throw forbiddenError()
}

/**
 * Reads an uploaded trainer sheet and reports, per row, what confirming would do. Writes nothing:
 * the rows to write travel back to the browser signed, so any instance can confirm them.
 */
export async function previewTrainerImport(actor: Actor, raw: unknown): Promise<TrainerImportPreview> {
  requireImportAccess(actor)
  const input = parseOrThrow(previewInput, raw)
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
  const read = await readTrainerWorkbook(input.fileName, bytes)
  if (!read.ok) throw validationError({ file: [read.message] }, read.message)

  const context = await loadImportContext(db, read.rows.map((r) => r.values.email.trim().toLowerCase()))
  const classified = classifyTrainerRows(read.rows, context.existingByEmail, context.matchProvince)
  const summary = { total: classified.length, NEW: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 }
  for (const row of classified) summary[row.status]++

  const toWrite = classified.filter((r) => r.status === 'NEW' || r.status === 'UPDATE')
  const token = summary.ERROR === 0 && toWrite.length > 0
    ? signPayload<ImportToken>(IMPORT_TOKEN_PURPOSE, actor.userId, {
      fileName: input.fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows: toWrite.map((r) => ({ rowNumber: r.rowNumber, data: r.data! })),
      unchanged: summary.UNCHANGED,
    }, IMPORT_TOKEN_TTL_MS)
    : null
  return {
    fileName: input.fileName,
    summary,
    rows: classified.map(({ data: _data, provinceCode, ...row }) => ({ ...row, provinceName: provinceCode ? context.provinceName.get(provinceCode) ?? null : null })),
    token,
  }
}
