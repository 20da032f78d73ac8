// Issue 12, point 1: 200 rows into a class with 38 places. The preview shows the places left in the
// cohort and the province's quota against the rows to write, and what the officer can do: save the
// rows that fit (in file order, the rest listed), move the preview to another cohort of the
// province, or — Admin Pusat — raise the quota.
import { describe, expect, it } from 'vitest'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { moveParticipantImport } from '@/lib/server/participants/import/move-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { updateCohortQuota } from '@/lib/server/participants/update-cohort-quota'
import { updateWaveQuotas } from '@/lib/server/participants/update-wave-quotas'
import { testDb } from '../../support/database'
import { createCohort, createProgram, createWave, enrol } from '../../support/factories'
import { importRowCounts, importSetup, storeParticipant } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { largeParticipantWorkbook, nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

describe('the quota in the import preview', () => {
  it('shows the places left against the rows to enrol and marks the rows that do not fit, in file order', async () => {
    const { operator, cohortId, admin, waveId } = await importSetup({ quota: 38 })
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'daftar-200.xlsx', bytes: await largeParticipantWorkbook(200) })
    expect(preview.summary).toMatchObject({ total: 200, NEW: 200, ERROR: 0 })
    const review = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(review.capacity).toEqual({
      cohortName: 'Kelas Jawa Barat', quota: 38, taken: 0, provinceName: 'Jawa Barat', waveNumber: expect.any(Number), provinceQuota: null, provinceTaken: 0,
      placesLeft: 38, toEnrol: 200, overQuota: 162, firstOverRow: 40, lastOverRow: 201, // the header is row 1
    })
    expect(review.rows.filter((r) => r.overQuota).map((r) => r.rowNumber)).toEqual(Array.from({ length: 62 }, (_, i) => 40 + i)) // first page: rows 2–101
    const over = await getParticipantImport(operator, { batchId: preview.batchId, status: 'OVER_QUOTA' })
    expect(over.rows[0]).toMatchObject({ rowNumber: 40, status: 'NEW', overQuota: true })
    expect(over.pages).toBe(2)
    expect((await getParticipantImport(operator, { batchId: preview.batchId, status: 'OVER_QUOTA', page: 2 })).rows.at(-1)).toMatchObject({ rowNumber: 201 })

    // The province's quota for the wave binds when it leaves fewer places than the cohort.
    await updateWaveQuotas(admin, { waveId, 'quota.32': '10' })
    expect((await getParticipantImport(operator, { batchId: preview.batchId })).capacity).toMatchObject({ provinceQuota: 10, placesLeft: 10, overQuota: 190, firstOverRow: 12 })
    // Admin Pusat raises both; the preview counts again on the next view.
    await updateCohortQuota(admin, { cohortId, quota: '200', provinceQuota: '250' })
    expect((await getParticipantImport(operator, { batchId: preview.batchId })).capacity).toMatchObject({ placesLeft: 200, overQuota: 0, firstOverRow: null })
  })

  it('saves only the rows that fit when asked, in file order, and keeps the rest listed as not fitting', async () => {
    const { operator, cohortId, programId } = await importSetup({ quota: 38 })
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'daftar-200.xlsx', bytes: await largeParticipantWorkbook(200) })
    const before = await importRowCounts()
    // All or nothing, as before, unless asked.
    await expectAppError(confirmParticipantImport(operator, { batchId: preview.batchId }), 'CONFLICT', /hanya memiliki 38 tempat tersisa, sedangkan 200 peserta/)
    expect(await importRowCounts()).toEqual(before)

    expect(await confirmParticipantImport(operator, { batchId: preview.batchId, fitToQuota: true })).toEqual({ created: 38, updated: 0, enrolled: 38, skipped: 0, unchanged: 0, overQuota: 162 })
    const enrolled = await testDb().enrolment.findMany({ where: { cohortId, programId }, select: { participant: { select: { name: true } } } })
    expect(enrolled.map((e) => e.participant.name).sort((a, b) => a.localeCompare(b, 'id', { numeric: true }))).toEqual(Array.from({ length: 38 }, (_, i) => `Peserta Uji ${i + 1}`))
    const review = await getParticipantImport(operator, { batchId: preview.batchId, status: 'OVER_QUOTA' })
    expect(review.batch.summary).toMatchObject({ total: 200, NEW: 38, OVER_QUOTA: 162 })
    expect(review.capacity).toBeNull()
    expect(review.rows[0]).toMatchObject({ rowNumber: 40, status: 'OVER_QUOTA', name: 'Peserta Uji 39', overQuota: true })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'ImportBatch', entityId: preview.batchId, action: 'import' }, select: { after: true } })
    expect(audit.after).toMatchObject({ created: 38, overQuota: 162 })

    // A full cohort: nothing fits, nothing is saved.
    const again = await previewParticipantImport(operator, { cohortId, fileName: 'lagi.xlsx', bytes: await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))]) })
    await expectAppError(confirmParticipantImport(operator, { batchId: again.batchId, fitToQuota: true }), 'CONFLICT', 'Kelas Jawa Barat sudah penuh: tidak ada peserta yang muat. Tidak ada yang disimpan.')
  })

  it('moves the preview to another cohort of the province, classifying its rows again there', async () => {
    const { operator, otherOperator, cohortId, otherCohortId, programId, waveId } = await importSetup({ quota: 1 })
    const roomy = await createCohort(waveId, '32')
    const otherWave = await createWave((await createProgram()).id)
    const otherProgram = await createCohort(otherWave.id, '32')
    const nik = nikSeries()
    const phone = phoneSeries()
    // Row 2 is already in the first cohort, row 3 already in the roomy one, rows 4–5 are new; row 6 fails its checks.
    const inFirst = await storeParticipant(nik(1), phone(1))
    await enrol(inFirst.id, cohortId, programId)
    const inRoomy = await storeParticipant(nik(2), phone(2))
    await enrol(inRoomy.id, roomy.id, programId)
    const file = await participantWorkbook([
      participantRow(nik(1), phone(1)), participantRow(nik(2), phone(2)), participantRow(nik(3), phone(3), { 'Kab/Kota': 'Kodya Bandung', 'Kecamatan': '', 'Desa/Kelurahan': '' }),
      participantRow(nikSeries('647201')(4), phone(4)), participantRow('3204', phone(5)),
    ])
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'pindah.xlsx', bytes: file })
    expect(preview.summary).toMatchObject({ UNCHANGED: 1, ERROR: 2, NEW: 2 })
    const first = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(first.capacity).toMatchObject({ placesLeft: 0, overQuota: 2 })
    // The roomy cohort of the same program first, then the other program's; not another province's.
    expect(first.cohortChoices[0]).toMatchObject({ id: roomy.id, sameProgram: true, placesLeft: 59 })
    expect(first.cohortChoices.find((c) => c.id === otherProgram.id)).toMatchObject({ sameProgram: false })
    expect(first.cohortChoices.map((c) => c.id)).not.toContain(otherCohortId)

    await expectAppError(moveParticipantImport(operator, { batchId: preview.batchId, cohortId: otherCohortId }), 'NOT_FOUND')
    await expectAppError(moveParticipantImport(otherOperator, { batchId: preview.batchId, cohortId: roomy.id }), 'NOT_FOUND')
    const finished = await createCohort(waveId, '32')
    await testDb().cohort.update({ where: { id: finished.id }, data: { status: 'COMPLETED' } })
    await expectAppError(moveParticipantImport(operator, { batchId: preview.batchId, cohortId: finished.id }), 'CONFLICT', /sudah selesai; pendaftaran ditutup/)
    const moved = await moveParticipantImport(operator, { batchId: preview.batchId, cohortId: roomy.id })
    expect(moved.summary).toEqual({ total: 5, NEW: 2, UPDATE: 0, UNCHANGED: 1, DUPLICATE: 0, ERROR: 2 })
    const review = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(review.batch.cohortId).toBe(roomy.id)
    expect(review.capacity).toMatchObject({ placesLeft: 59, toEnrol: 2, overQuota: 0 })
    expect(review.rows.map((r) => [r.rowNumber, r.status])).toEqual([[2, 'ERROR'], [3, 'UNCHANGED'], [4, 'NEW'], [5, 'NEW'], [6, 'ERROR']])
    expect(review.rows[0].messages).toEqual(['Peserta ini sudah terdaftar di Kelas Jawa Barat pada program yang sama.'])
    expect(review.rows[2].adjusted).toEqual([{ label: 'Kabupaten/Kota', from: 'Kodya Bandung', to: 'Kota Bandung' }])
    expect(review.rows[3].warnings).toEqual([expect.stringContaining('Kalimantan Timur')])
    expect(review.rows[4]).toMatchObject({ nik: '3204', nikIsTyped: true, messages: [expect.stringMatching(/^NIK: /)] })
    expect(await testDb().auditLog.count({ where: { entity: 'ImportBatch', entityId: preview.batchId, action: 'move' } })).toBe(1)

    const result = await confirmParticipantImport(operator, { batchId: preview.batchId, skipInvalid: true })
    expect(result).toMatchObject({ created: 2, enrolled: 2 })
    expect(await testDb().enrolment.count({ where: { cohortId: roomy.id } })).toBe(3)
    await expectAppError(moveParticipantImport(operator, { batchId: preview.batchId, cohortId }), 'CONFLICT', 'Impor ini sudah disimpan atau dibatalkan.')
  })

  it('lets only one of a confirmation and a move of the same preview through', async () => {
    const { operator, cohortId, waveId } = await importSetup()
    const roomy = await createCohort(waveId, '32')
    const { batchId } = await previewParticipantImport(operator, { cohortId, fileName: 'a.xlsx', bytes: await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))]) })
    const results = await Promise.allSettled([confirmParticipantImport(operator, { batchId }), moveParticipantImport(operator, { batchId, cohortId: roomy.id })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' })
    const enrolments = await testDb().enrolment.count({ where: { cohortId: { in: [cohortId, roomy.id] } } })
    expect(enrolments).toBe(results[0].status === 'fulfilled' ? 1 : 0)
  })
})
