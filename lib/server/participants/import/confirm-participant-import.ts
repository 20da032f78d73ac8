import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Prisma } from '@/generated/prisma/client'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db, type Tx } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { assertCapacity, lockCohortCapacity, placesLeft } from '../enrolment-capacity'
import { uuidV7s } from '@/lib/server/ids/uuid-v7'
import { participantVersion, type ParticipantFields } from './classify-participant-rows'
import { EXPIRED_MESSAGE, previewExpiresBefore } from './expire-stale-import-previews'
import { findImportBatchOrThrow } from './get-participant-import'
import { assertImportCohortOpen } from './import-access'
import type { ImportRowData, ImportSummary } from './import-batch-types'

// Preview → confirm: writes the batch's NEW and UPDATE rows and their enrolments into the cohort in
// one transaction, all or nothing, within the cohort's and province's quota, with one audit record
// per participant and one for the batch. The batch is claimed inside that transaction, so a second
// or concurrent confirmation finds it no longer in PREVIEW and is refused. When the officer asks for
// the rows that fit (`fitToQuota`), the places left are counted under the quota locks and the rows
// that would enrol beyond them, in file order, are left out and kept as OVER_QUOTA (decision 033).

const confirmInput = z.object({
  batchId: z.string({ error: 'Unggah berkas terlebih dahulu.' }).min(1, 'Unggah berkas terlebih dahulu.'),
  /** Confirm the valid rows and leave out the ERROR and DUPLICATE ones (the preview lists them). */
  skipInvalid: z.boolean().default(false),
  /** Save the rows that fit the places left, in file order; the rest are listed, not saved. */
  fitToQuota: z.boolean().default(false),
})

export type ParticipantImportResult = { created: number; updated: number; enrolled: number; skipped: number; unchanged: number; overQuota: number }

const restartMessage = 'Data peserta berubah sejak pratinjau dibuat. Unggah ulang berkasnya untuk pratinjau baru.'
const ROWS_PER_STATEMENT = 5000

const auditFields = ({ name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode, nikIssuedProvinceCode }: ParticipantFields) =>
  ({ name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode, nikIssuedProvinceCode: nikIssuedProvinceCode ?? null })

/** A unique violation raised by one of the raw statements below (Prisma's P2010 wraps the driver's error). */
function isRawUniqueViolation(e: unknown): boolean {
  const error = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } } | null
  const cause = error?.meta?.driverAdapterError?.cause
  return error?.code === 'P2010' && (cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505')
}

export async function confirmParticipantImport(actor: Actor, raw: unknown): Promise<ParticipantImportResult> {
  const input = parseOrThrow(confirmInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const batch = await findImportBatchOrThrow(tx, actor, input.batchId)
      const summary = batch.summary ?? { total: 0, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
      if (batch.status !== 'PREVIEW') throw new AppError('CONFLICT', 'Impor ini sudah dikonfirmasi atau dibatalkan. Unggah berkas lagi bila perlu.')
      if (batch.createdAt < previewExpiresBefore()) throw new AppError('CONFLICT', EXPIRED_MESSAGE)
      assertImportCohortOpen(batch.cohort)
      const invalid = summary.ERROR + summary.DUPLICATE
      if (invalid && !input.skipInvalid) {
        throw new AppError('VALIDATION', `${invalid} baris bermasalah (galat atau duplikat). Perbaiki berkasnya lalu unggah ulang, atau lewati baris tersebut.`)
      }
      if (summary.NEW + summary.UPDATE === 0) throw new AppError('VALIDATION', 'Tidak ada peserta baru atau perubahan untuk disimpan.')
      // The claim: only one transaction moves the batch out of PREVIEW; a concurrent one waits for
      // this row and then finds it taken.
      // The cohort too: a preview moved to another cohort meanwhile (move-participant-import.ts) was
      // classified for that one, not for the cohort read above.
      const claimed = await tx.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW', cohortId: batch.cohort.id }, data: { status: 'COMMITTED', committedAt: new Date() } })
      if (claimed.count !== 1) throw new AppError('CONFLICT', 'Impor ini sudah dikonfirmasi, atau dipindahkan ke kelas lain. Tidak ada yang disimpan dua kali; muat ulang halaman.')

      const previewed = (await tx.importRow.findMany({
        where: { batchId: batch.id, status: { in: ['NEW', 'UPDATE'] } },
        orderBy: { rowNumber: 'asc' },
        select: { rowNumber: true, status: true, data: true },
      })).map((r) => ({ ...r, data: r.data as unknown as ImportRowData }))
      const { rows, over } = await rowsWithinQuota(tx, batch.cohort.id, previewed, input.fitToQuota)
      const newRows = rows.filter((r) => r.status === 'NEW')
      const updateRows = rows.filter((r) => r.status === 'UPDATE')

      const created = await createParticipants(tx, newRows.map((r) => r.data))
      const updated = await updateParticipants(tx, updateRows.map((r) => r.data))
      const enrolIds = [...created.map((c) => c.id), ...updateRows.filter((r) => r.data.enrol).map((r) => r.data.participantId!)]
      await insertEnrolments(tx, enrolIds, batch.cohort.id, batch.cohort.programId)

      const source = { importBatchId: batch.id, fileName: batch.fileName, cohortId: batch.cohort.id }
      await insertParticipantAudits(tx, actor, [
        ...created.map((c) => ({ entityId: c.id, before: null, after: { ...auditFields(c.fields), ...source, enrolled: true } })),
        ...updated.map((u) => ({ entityId: u.id, before: u.before, after: { ...auditFields(u.fields), ...source, enrolled: u.enrol } })),
      ])

      const result: ParticipantImportResult = {
        created: created.length, updated: updated.length, enrolled: enrolIds.length,
        skipped: summary.ERROR + summary.DUPLICATE, unchanged: summary.UNCHANGED, overQuota: over.length,
      }
      let saved: ImportSummary = summary
      if (over.length) {
        await tx.$executeRaw`UPDATE import_row SET status = 'OVER_QUOTA' WHERE "batchId" = ${batch.id}::uuid AND "rowNumber" = ANY(${over.map((r) => r.rowNumber)}::int[])`
        const overNew = over.filter((r) => r.status === 'NEW').length
        saved = { ...summary, NEW: summary.NEW - overNew, UPDATE: summary.UPDATE - (over.length - overNew), OVER_QUOTA: over.length }
      }
      await tx.importBatch.update({ where: { id: batch.id }, data: { summary: { ...saved, result } satisfies ImportSummary & { result: ParticipantImportResult } } })
      await writeAuditLog(tx, actor, {
        action: 'import', entity: 'ImportBatch', entityId: batch.id,
        after: { fileName: batch.fileName, fileSha256: batch.fileSha256, cohortId: batch.cohort.id, cohortName: batch.cohort.name, ...result },
      })
      return result
    }, { timeout: 300_000, maxWait: 30_000 })
  } catch (e) {
    // Another import or registration took one of these NIKs or phones, or changed a participant.
    if (isUniqueViolation(e) || isRawUniqueViolation(e) || (e as { code?: string })?.code === 'P2025') throw new AppError('CONFLICT', restartMessage)
    throw e
  }
}

type PreviewedRow = { rowNumber: number; status: string; data: ImportRowData }

/**
 * All rows within the quota (refused as a whole otherwise), or — asked for — those that fit: every
 * row that does not enrol (an update of someone already in this cohort) and the enrolling rows in
 * file order up to the places left, counted under the quota locks.
 */
async function rowsWithinQuota(tx: Tx, cohortId: string, rows: PreviewedRow[], fitToQuota: boolean): Promise<{ rows: PreviewedRow[]; over: PreviewedRow[] }> {
  const enrolling = rows.filter((r) => r.data.enrol)
  if (!fitToQuota) {
    await assertCapacity(tx, [{ cohortId, count: enrolling.length }])
    return { rows, over: [] }
  }
  const capacity = (await lockCohortCapacity(tx, [cohortId])).get(cohortId)!
  const over = enrolling.slice(placesLeft(capacity))
  const left = new Set(over.map((r) => r.rowNumber))
  const fitting = rows.filter((r) => !left.has(r.rowNumber))
  if (!fitting.length) throw new AppError('CONFLICT', `${capacity.cohortName} sudah penuh: tidak ada peserta yang muat. Tidak ada yang disimpan.`)
  return { rows: fitting, over }
}

// The rows go in with one INSERT … SELECT FROM unnest(…) per table (one array per column, a
// handful of statements for 10,000 rows) rather than createMany's one parameter per column per
// row. Raw SQL skips Prisma's defaults, so ids (UUIDv7) and updatedAt are given here. Enum
// arrays go through text[]: a driver cannot bind a user-defined array type.

async function createParticipants(tx: Tx, rows: ImportRowData[]) {
  const fields = rows.map((r) => r.participant!)
  const ids = uuidV7s(fields.length)
  for (let i = 0; i < fields.length; i += ROWS_PER_STATEMENT) {
    const chunk = fields.slice(i, i + ROWS_PER_STATEMENT)
    const column = <K extends keyof (typeof chunk)[number]>(key: K) => chunk.map((p) => p[key] ?? null)
    await tx.$executeRaw`
      INSERT INTO participant (id, name, "nikCiphertext", "nikHash", "nikMasked", sex, "birthDate", phone, email, "institutionType", "institutionName", npp, "villageCode", "regencyCode", "provinceCode", "nikIssuedProvinceCode", "updatedAt")
      SELECT u.*, now() FROM unnest(
        ${ids.slice(i, i + ROWS_PER_STATEMENT)}::uuid[], ${column('name')}::text[], ${column('nikCiphertext')}::text[], ${column('nikHash')}::text[], ${column('nikMasked')}::text[],
        ${column('sex')}::text[]::"Sex"[], ${column('birthDate')}::date[], ${column('phone')}::text[], ${column('email')}::text[],
        ${column('institutionType')}::text[]::"InstitutionType"[], ${column('institutionName')}::text[], ${column('npp')}::text[],
        ${column('villageCode')}::text[], ${column('regencyCode')}::text[], ${column('provinceCode')}::text[], ${column('nikIssuedProvinceCode')}::text[]) AS u`
  }
  return fields.map(({ nikCiphertext: _c, nikMasked: _m, nikHash: _h, ...rest }, i) => ({ id: ids[i], fields: rest as ParticipantFields }))
}

async function updateParticipants(tx: Tx, rows: ImportRowData[]) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.participantId!)
  // Locked first, so an edit cannot land between the version check below and the UPDATE.
  await tx.$executeRaw`SELECT 1 FROM participant WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`
  const before = new Map((await tx.participant.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, sex: true, birthDate: true, phone: true, email: true, institutionType: true, institutionName: true, npp: true, villageCode: true, regencyCode: true, provinceCode: true, nikIssuedProvinceCode: true },
  })).map((p) => [p.id, p]))
  const updated: { id: string; fields: ParticipantFields; before: Prisma.InputJsonValue; enrol: boolean }[] = []
  const changed: (ParticipantFields & { id: string; nikHash: string })[] = []
  for (const row of rows) {
    const { nikHash, nikCiphertext: _c, nikMasked: _m, ...fields } = row.participant!
    const id = row.participantId!
    const stored = before.get(id)
    if (!stored) throw new AppError('CONFLICT', restartMessage)
    const writesFields = row.changes.some((c) => c !== 'Didaftarkan ke kelas ini')
    // Edited since the preview: writing the merge would undo that edit.
    if (writesFields && row.storedVersion && participantVersion(stored) !== row.storedVersion) throw new AppError('CONFLICT', restartMessage)
    if (writesFields) changed.push({ ...fields, id, nikHash })
    updated.push({ id, fields, before: JSON.parse(JSON.stringify(stored)) as Prisma.InputJsonValue, enrol: row.enrol })
  }
  for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
    const chunk = changed.slice(i, i + ROWS_PER_STATEMENT)
    const column = <K extends keyof (typeof chunk)[number]>(key: K) => chunk.map((p) => p[key] ?? null)
    // The NIK hash in the condition: the row still names the person the preview found.
    const count = await tx.$executeRaw`
      UPDATE participant p SET name = u.name, sex = u.sex::"Sex", "birthDate" = u."birthDate", phone = u.phone, email = u.email,
        "institutionType" = u."institutionType"::"InstitutionType", "institutionName" = u."institutionName", npp = u.npp,
        "villageCode" = u."villageCode", "regencyCode" = u."regencyCode", "provinceCode" = u."provinceCode",
        "nikIssuedProvinceCode" = u."nikIssuedProvinceCode", "updatedAt" = now()
      FROM unnest(
        ${column('id')}::uuid[], ${column('nikHash')}::text[], ${column('name')}::text[], ${column('sex')}::text[], ${column('birthDate')}::date[],
        ${column('phone')}::text[], ${column('email')}::text[], ${column('institutionType')}::text[], ${column('institutionName')}::text[],
        ${column('npp')}::text[], ${column('villageCode')}::text[], ${column('regencyCode')}::text[], ${column('provinceCode')}::text[],
        ${column('nikIssuedProvinceCode')}::text[]
      ) AS u(id, "nikHash", name, sex, "birthDate", phone, email, "institutionType", "institutionName", npp, "villageCode", "regencyCode", "provinceCode", "nikIssuedProvinceCode")
      WHERE p.id = u.id AND p."nikHash" = u."nikHash"`
    if (count !== chunk.length) throw new AppError('CONFLICT', restartMessage)
  }
  return updated
}

async function insertEnrolments(tx: Tx, participantIds: string[], cohortId: string, programId: string) {
  const ids = uuidV7s(participantIds.length)
  for (let i = 0; i < participantIds.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`
      INSERT INTO enrolment (id, "participantId", "cohortId", "programId", "updatedAt")
      SELECT u.id, u.participant, ${cohortId}::uuid, ${programId}::uuid, now()
      FROM unnest(${ids.slice(i, i + ROWS_PER_STATEMENT)}::uuid[], ${participantIds.slice(i, i + ROWS_PER_STATEMENT)}::uuid[]) AS u(id, participant)`
  }
}

/**
 * One audit record per participant, as writeAuditLogs would write them but one array per column.
 * `before`/`after` hold only auditFields and the batch's source: never a NIK, its hash or ciphertext.
 */
async function insertParticipantAudits(tx: Tx, actor: Actor, entries: { entityId: string; before: unknown; after: unknown }[]) {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))
  for (let i = 0; i < entries.length; i += ROWS_PER_STATEMENT) {
    const chunk = entries.slice(i, i + ROWS_PER_STATEMENT)
    await tx.$executeRaw`
      INSERT INTO audit_log ("actorId", "actorRole", action, entity, "entityId", before, after, ip, "userAgent")
      SELECT ${actor.userId}::uuid, ${actor.role}::text::"Role", 'import', 'Participant', u."entityId", u.before, u.after, ${actor.ip ?? null}::text, ${actor.userAgent?.slice(0, 500) ?? null}::text
      FROM unnest(${chunk.map((e) => e.entityId)}::text[], ${chunk.map((e) => json(e.before))}::jsonb[], ${chunk.map((e) => json(e.after))}::jsonb[]) AS u("entityId", before, after)`
  }
}
