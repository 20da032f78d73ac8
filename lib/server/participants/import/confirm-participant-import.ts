import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Prisma } from '@/generated/prisma/client'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db, type Tx } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/programs/validation'
import { assertCapacity } from '../enrolment-capacity'
import type { ParticipantFields } from './classify-participant-rows'
import { findImportBatchOrThrow } from './get-participant-import'
import type { ImportRowData, ImportSummary } from './preview-participant-import'

// Preview → confirm: writes the batch's NEW and UPDATE rows and their enrolments into the cohort in
// one transaction, all or nothing, within the cohort's and province's quota, with one audit record
// per participant and one for the batch. The batch is claimed inside that transaction, so a second
// or concurrent confirmation finds it no longer in PREVIEW and is refused.

const confirmInput = z.object({
  batchId: z.string({ error: 'Unggah berkas terlebih dahulu.' }).min(1, 'Unggah berkas terlebih dahulu.'),
  /** Confirm the valid rows and leave out the ERROR and DUPLICATE ones (the preview lists them). */
  skipInvalid: z.boolean().default(false),
})

export type ParticipantImportResult = { created: number; updated: number; enrolled: number; skipped: number; unchanged: number }

const restartMessage = 'Data peserta berubah sejak pratinjau dibuat. Unggah ulang berkasnya untuk pratinjau baru.'
const CHUNK = 1000

const toColumns = (p: ParticipantFields) => ({ ...p, birthDate: p.birthDate ? new Date(p.birthDate) : null })
const auditFields = ({ name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode }: ParticipantFields) =>
  ({ name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode })

export async function confirmParticipantImport(actor: Actor, raw: unknown): Promise<ParticipantImportResult> {
  const input = parseOrThrow(confirmInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const batch = await findImportBatchOrThrow(tx, actor, input.batchId)
      const summary = batch.summary ?? { total: 0, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
      if (batch.status !== 'PREVIEW') throw new AppError('CONFLICT', 'Impor ini sudah dikonfirmasi atau dibatalkan. Unggah berkas lagi bila perlu.')
      const invalid = summary.ERROR + summary.DUPLICATE
      if (invalid && !input.skipInvalid) {
        throw new AppError('VALIDATION', `${invalid} baris bermasalah (galat atau duplikat). Perbaiki berkasnya lalu unggah ulang, atau lewati baris tersebut.`)
      }
      if (summary.NEW + summary.UPDATE === 0) throw new AppError('VALIDATION', 'Tidak ada peserta baru atau perubahan untuk disimpan.')
      // The claim: only one transaction moves the batch out of PREVIEW; a concurrent one waits for
      // this row and then finds it taken.
      const claimed = await tx.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW' }, data: { status: 'COMMITTED', committedAt: new Date() } })
      if (claimed.count !== 1) throw new AppError('CONFLICT', 'Impor ini sudah dikonfirmasi. Tidak ada yang disimpan dua kali.')

      const rows = (await tx.importRow.findMany({
        where: { batchId: batch.id, status: { in: ['NEW', 'UPDATE'] } },
        orderBy: { rowNumber: 'asc' },
        select: { rowNumber: true, status: true, data: true },
      })).map((r) => ({ ...r, data: r.data as unknown as ImportRowData }))
      const newRows = rows.filter((r) => r.status === 'NEW')
      const updateRows = rows.filter((r) => r.status === 'UPDATE')
      await assertCapacity(tx, [{ cohortId: batch.cohort.id, count: rows.filter((r) => r.data.enrol).length }])

      const created = await createParticipants(tx, newRows.map((r) => r.data))
      const updated = await updateParticipants(tx, updateRows.map((r) => r.data))
      const enrolIds = [...created.map((c) => c.id), ...updateRows.filter((r) => r.data.enrol).map((r) => r.data.participantId!)]
      for (let i = 0; i < enrolIds.length; i += CHUNK) {
        await tx.enrolment.createMany({ data: enrolIds.slice(i, i + CHUNK).map((participantId) => ({ participantId, cohortId: batch.cohort.id, programId: batch.cohort.programId })) })
      }

      const base = { actorId: actor.userId, actorRole: actor.role, action: 'import', entity: 'Participant', ip: actor.ip ?? null, userAgent: actor.userAgent?.slice(0, 500) ?? null }
      const source = { importBatchId: batch.id, fileName: batch.fileName, cohortId: batch.cohort.id }
      const audits: Prisma.AuditLogCreateManyInput[] = [
        ...created.map((c) => ({ ...base, entityId: c.id, after: { ...auditFields(c.fields), ...source, enrolled: true } })),
        ...updated.map((u) => ({ ...base, entityId: u.id, before: u.before, after: { ...auditFields(u.fields), ...source, enrolled: u.enrol } })),
      ]
      for (let i = 0; i < audits.length; i += CHUNK) await tx.auditLog.createMany({ data: audits.slice(i, i + CHUNK) })

      const result: ParticipantImportResult = {
        created: created.length, updated: updated.length, enrolled: enrolIds.length,
        skipped: summary.ERROR + summary.DUPLICATE, unchanged: summary.UNCHANGED,
      }
      await tx.importBatch.update({ where: { id: batch.id }, data: { summary: { ...summary, result } satisfies ImportSummary & { result: ParticipantImportResult } } })
      await writeAuditLog(tx, actor, {
        action: 'import', entity: 'ImportBatch', entityId: batch.id,
        after: { fileName: batch.fileName, fileSha256: batch.fileSha256, cohortId: batch.cohort.id, cohortName: batch.cohort.name, ...result },
      })
      return result
    }, { timeout: 300_000, maxWait: 30_000 })
  } catch (e) {
    // Another import or registration took one of these NIKs or phones, or changed a participant.
    if (isUniqueViolation(e) || (e as { code?: string })?.code === 'P2025') throw new AppError('CONFLICT', restartMessage)
    throw e
  }
}

async function createParticipants(tx: Tx, rows: ImportRowData[]) {
  const created: { id: string; fields: ParticipantFields }[] = []
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => r.participant!)
    const ids = await tx.participant.createManyAndReturn({
      data: chunk.map(({ nikCiphertext, nikMasked, nikHash, ...fields }) => ({ ...toColumns(fields), nikHash, nikCiphertext: nikCiphertext!, nikMasked: nikMasked! })),
      select: { id: true, nikHash: true },
    })
    const byHash = new Map(chunk.map((p) => [p.nikHash, p]))
    for (const { id, nikHash } of ids) created.push({ id, fields: byHash.get(nikHash)! })
  }
  return created
}

async function updateParticipants(tx: Tx, rows: ImportRowData[]) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.participantId!)
  const before = new Map((await tx.participant.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, sex: true, birthDate: true, phone: true, email: true, institutionType: true, institutionName: true, npp: true, villageCode: true, regencyCode: true, provinceCode: true },
  })).map((p) => [p.id, p]))
  const updated: { id: string; fields: ParticipantFields; before: Prisma.InputJsonValue; enrol: boolean }[] = []
  for (const row of rows) {
    const { nikHash, nikCiphertext: _c, nikMasked: _m, ...fields } = row.participant!
    const id = row.participantId!
    const stored = before.get(id)
    if (!stored) throw new AppError('CONFLICT', restartMessage)
    if (row.changes.some((c) => c !== 'Didaftarkan ke kelas ini')) {
      // The NIK hash in the condition: the row still names the person the preview found.
      await tx.participant.update({ where: { id, nikHash }, data: toColumns(fields), select: { id: true } })
    }
    updated.push({ id, fields, before: JSON.parse(JSON.stringify(stored)) as Prisma.InputJsonValue, enrol: row.enrol })
  }
  return updated
}
