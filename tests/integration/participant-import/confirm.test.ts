// Confirming a participant import: all or nothing, within quota, once, and a repeated file is a no-op.
import { describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { hashNik } from '@/lib/server/crypto/nik'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { testDb } from '../../support/database'
import { importRowCounts, importSetup, storeParticipant } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

const preview = (actor: Actor, cohortId: string, bytes: Buffer) => previewParticipantImport(actor, { cohortId, fileName: 'peserta.xlsx', bytes })

/** Names as they come: apostrophes, commas, titles (formula-like names are refused: preview.test.ts). */
const NAMES = ["Ni Luh Putu 'Ayu'", 'Rina, S.Pd.', 'Dr. Budi Santoso', 'Dewi Lestari-Putri'] as const

async function cleanFile(count = 3) {
  const nik = nikSeries()
  const phone = phoneSeries()
  const rows = Array.from({ length: count }, (_, i) => participantRow(nik(i), phone(i), { 'Nama Lengkap': NAMES[i % NAMES.length] }))
  return { nik, phone, file: await participantWorkbook(rows) }
}

describe('confirmParticipantImport', () => {
  it('creates, updates and enrols in one go with audit records; the same file again changes nothing', async () => {
    const { cohortId, operator, programId } = await importSetup()
    const nik = nikSeries()
    const phone = phoneSeries()
    const stored = await storeParticipant(nik(1), phone(1), { name: 'Siti Lama' })
    const file = await participantWorkbook([
      participantRow(nik(1), phone(1)),
      ...NAMES.map((name, i) => participantRow(nik(10 + i), phone(10 + i), { 'Nama Lengkap': name })),
    ])
    const first = await preview(operator, cohortId, file)
    expect(first.summary).toMatchObject({ NEW: 4, UPDATE: 1, ERROR: 0, DUPLICATE: 0 })
    const before = await importRowCounts()
    expect(await confirmParticipantImport(operator, { batchId: first.batchId })).toEqual({ created: 4, updated: 1, enrolled: 5, skipped: 0, unchanged: 0, overQuota: 0 })
    expect(await importRowCounts()).toEqual({ ...before, participants: before.participants + 4, enrolments: before.enrolments + 5, audit: before.audit + 6 })

    const participants = await testDb().participant.findMany({ where: { enrolments: { some: { cohortId, programId } } }, select: { id: true, name: true, phone: true, nikMasked: true } })
    expect(participants.map((p) => p.name).sort()).toEqual(['Siti Aminah', ...NAMES].sort())
    expect(participants.find((p) => p.id === stored.id)?.name).toBe('Siti Aminah')
    const audit = await testDb().auditLog.findMany({ where: { actorId: operator.userId, action: 'import' }, select: { entity: true, after: true } })
    expect(audit.filter((a) => a.entity === 'Participant')).toHaveLength(5)
    expect(JSON.stringify(audit)).not.toContain(nik(10))
    expect(audit.find((a) => a.entity === 'ImportBatch')?.after).toMatchObject({ created: 4, updated: 1, enrolled: 5 })

    // A second confirmation of the same batch is refused.
    await expectAppError(confirmParticipantImport(operator, { batchId: first.batchId }), 'CONFLICT', /sudah dikonfirmasi/)

    // The same file again: every row unchanged, nothing to confirm.
    const again = await preview(operator, cohortId, file)
    expect(again.summary).toEqual({ total: 5, NEW: 0, UPDATE: 0, UNCHANGED: 5, DUPLICATE: 0, ERROR: 0 })
    expect(again.toWrite).toBe(0)
    expect(again.alreadyImportedAt).toBeInstanceOf(Date)
    const counts = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId: again.batchId }), 'VALIDATION', 'Tidak ada peserta baru atau perubahan untuk disimpan.')
    expect(await importRowCounts()).toEqual(counts)
  })

  it('refuses a preview with problem rows unless they are skipped', async () => {
    const { cohortId, operator } = await importSetup()
    const nik = nikSeries()
    const phone = phoneSeries()
    const file = await participantWorkbook([participantRow(nik(1), phone(1)), participantRow(nik(1), phone(2)), participantRow('3.20405E+15', phone(3))])
    const { batchId, summary } = await preview(operator, cohortId, file)
    expect(summary).toMatchObject({ NEW: 1, DUPLICATE: 1, ERROR: 1 })
    const before = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId }), 'VALIDATION', /^2 baris bermasalah/)
    expect(await importRowCounts()).toEqual(before)
    expect(await confirmParticipantImport(operator, { batchId, skipInvalid: true })).toEqual({ created: 1, updated: 0, enrolled: 1, skipped: 2, unchanged: 0, overQuota: 0 })
  })

  it('writes nothing when the quota is short, and nothing when one row fails at confirmation', async () => {
    const { cohortId, operator } = await importSetup({ quota: 2 })
    const full = await preview(operator, cohortId, (await cleanFile(3)).file)
    const before = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId: full.batchId }), 'CONFLICT', /hanya memiliki 2 tempat tersisa.*Tidak ada yang disimpan/)
    expect(await importRowCounts()).toEqual(before)
    expect((await testDb().importBatch.findUniqueOrThrow({ where: { id: full.batchId } })).status).toBe('PREVIEW')

    // Meanwhile someone registers the phone of the file's second row: the whole confirmation is refused.
    const { nik, phone, file } = await cleanFile(2)
    const fits = await preview(operator, cohortId, file)
    await storeParticipant(nik(99), phone(1))
    const counts = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId: fits.batchId }), 'CONFLICT', /berubah sejak pratinjau/)
    expect(await importRowCounts()).toEqual(counts)
    expect(await testDb().participant.count({ where: { nikHash: hashNik(nik(0)) } })).toBe(0) // the first row, valid, was not kept either
  })

  it('refuses to overwrite a participant edited between preview and confirmation', async () => {
    const { cohortId, operator } = await importSetup()
    const nik = nikSeries()
    const phone = phoneSeries()
    const stored = await storeParticipant(nik(1), phone(1), { name: 'Siti Lama' })
    const { batchId, summary } = await preview(operator, cohortId, await participantWorkbook([participantRow(nik(1), phone(1)), participantRow(nik(2), phone(2))]))
    expect(summary).toMatchObject({ NEW: 1, UPDATE: 1 })
    // Someone corrects the participant's e-mail meanwhile; the file would write the preview's merge over it.
    await testDb().participant.update({ where: { id: stored.id }, data: { email: 'siti.baru@contoh.id' } })
    const counts = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId }), 'CONFLICT', /berubah sejak pratinjau/)
    expect(await importRowCounts()).toEqual(counts)
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: stored.id }, select: { name: true, email: true } })).toEqual({ name: 'Siti Lama', email: 'siti.baru@contoh.id' })
    expect((await testDb().importBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe('PREVIEW')

    // A fresh preview starts from the edit and goes through.
    const again = await preview(operator, cohortId, await participantWorkbook([participantRow(nik(1), phone(1)), participantRow(nik(2), phone(2))]))
    expect(await confirmParticipantImport(operator, { batchId: again.batchId })).toMatchObject({ created: 1, updated: 1 })
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: stored.id }, select: { name: true, email: true } })).toEqual({ name: 'Siti Aminah', email: 'siti.baru@contoh.id' })
  })

  it('lets only one of two concurrent confirmations through', async () => {
    const { cohortId, operator, admin } = await importSetup()
    const { batchId } = await preview(operator, cohortId, (await cleanFile(3)).file)
    const results = await Promise.allSettled([confirmParticipantImport(operator, { batchId }), confirmParticipantImport(admin, { batchId })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected')
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' })
    expect(await testDb().enrolment.count({ where: { cohortId } })).toBe(3)
  })

  it('takes no file into a finished or cancelled class, and a preview of a class closed meanwhile is not saved (decision 034)', async () => {
    const { cohortId, operator } = await importSetup()
    const { file } = await cleanFile(2)
    const { batchId } = await preview(operator, cohortId, file)
    await testDb().cohort.update({ where: { id: cohortId }, data: { status: 'COMPLETED' } })
    const counts = await importRowCounts()
    await expectAppError(confirmParticipantImport(operator, { batchId }), 'CONFLICT', /sudah selesai; pendaftaran ditutup/)
    await expectAppError(preview(operator, cohortId, file), 'CONFLICT', /sudah selesai; pendaftaran ditutup/)
    await testDb().cohort.update({ where: { id: cohortId }, data: { status: 'CANCELLED' } })
    await expectAppError(preview(operator, cohortId, file), 'CONFLICT', /dibatalkan; pendaftaran ditutup/)
    expect(await importRowCounts()).toEqual(counts)
    expect((await testDb().importBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe('PREVIEW')
  })
})
