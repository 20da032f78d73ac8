// What the participant import refuses: files too large or too long, wrong types, broken files,
// and actors outside the cohort's scope. And a file of 10,000 rows, which it must take.
import { beforeAll, describe, expect, it } from 'vitest'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { previewParticipantImport, type ImportProgress } from '@/lib/server/participants/import/preview-participant-import'
import { importRowCounts, importSetup } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { declaringUncompressedSize, storedZip } from '../../fixtures/trainer-workbooks'
import { largeParticipantWorkbook, nikSeries, participantCsv, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

let setup: Awaited<ReturnType<typeof importSetup>>
beforeAll(async () => (setup = await importSetup()))

const previewAs = (bytes: Buffer, fileName: string, actor = setup.operator, cohortId = setup.cohortId) =>
  previewParticipantImport(actor, { cohortId, fileName, bytes })

describe('files the import refuses, in Indonesian, writing nothing', () => {
  it.each<[string, () => Promise<Buffer> | Buffer, string, string | RegExp]>([
    ['empty', () => Buffer.alloc(0), 'a.xlsx', 'Berkas kosong.'],
    ['over 5 MB', () => Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'a.csv', 'Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.'],
    ['over 20,000 rows', () => participantCsv(Array.from({ length: 20_001 }, () => ['1', 'A'])), 'a.csv', 'Berkas berisi lebih dari 20.000 baris data. Bagi menjadi beberapa berkas.'],
    ['a PDF', () => Buffer.from('%PDF-1.4'), 'daftar.pdf', 'Berkas harus berformat Excel (.xlsx) atau CSV (.csv).'],
    ['an old .xls', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'daftar.xls', /Format Excel lama \(\.xls\) tidak didukung/],
    ['random bytes named .xlsx', () => Buffer.from('bukan excel sama sekali'), 'a.xlsx', /^Berkas rusak atau bukan berkas Excel/],
    ['a document zip named .xlsx', () => storedZip({ 'word/document.xml': '<w/>' }), 'a.xlsx', /^Berkas rusak atau bukan berkas Excel/],
    ['a zip bomb', () => declaringUncompressedSize(storedZip({ 'xl/workbook.xml': '<x/>' }), 0xfffffff0), 'a.xlsx', 'Isi berkas terlalu besar untuk diimpor (lebih dari 100 MB setelah dibuka). Bagi menjadi beberapa berkas.'],
    ['a binary named .csv', () => Buffer.from([0x00, 0x01, 0x02, 0x03]), 'a.csv', /^Berkas bukan berkas teks CSV/],
    ['missing columns', () => participantCsv([['1', 'Budi']], { headers: ['No', 'Nama', 'NIK', 'L/P'] }), 'a.csv', /^Kolom wajib tidak ditemukan: No HP, Nama Lembaga, Kabupaten\/Kota\./],
    ['headers only', () => participantWorkbook([]), 'a.xlsx', 'Berkas tidak berisi baris data di bawah judul kolom.'],
    ['a broken quote', () => Buffer.from('Nama;NIK;No HP;Nama Lembaga;Kab/Kota\n"Budi;1;2;3;4\n'), 'a.csv', /tanda kutip tidak berpasangan/],
  ])('%s', async (_, build, fileName, message) => {
    const before = await importRowCounts()
    const error = await expectAppError(previewAs(await build(), fileName), 'VALIDATION', message)
    expect(error.fieldErrors?.file).toHaveLength(1)
    expect(await importRowCounts()).toEqual(before)
  })

  it('reads a CSV saved as Windows-1252 (not UTF-8)', async () => {
    const csv = participantCsv([participantRow(nikSeries()(1), phoneSeries()(1), { 'Nama Lengkap': 'José Aminah' })])
    const latin1 = Buffer.from(csv.toString('utf8'), 'latin1')
    const result = await previewAs(latin1, 'a.csv')
    expect(result.summary.NEW).toBe(1)
  })
})

describe('scope', () => {
  it('refuses Pelatih Ahli and Peserta, hides other provinces\' cohorts and batches', async () => {
    const file = await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))])
    const before = await importRowCounts()
    await expectAppError(previewAs(file, 'a.xlsx', setup.pelatih), 'FORBIDDEN')
    await expectAppError(previewAs(file, 'a.xlsx', setup.peserta), 'FORBIDDEN')
    await expectAppError(previewAs(file, 'a.xlsx', setup.operator, setup.otherCohortId), 'NOT_FOUND')
    await expectAppError(previewAs(file, 'a.xlsx', setup.otherOperator), 'NOT_FOUND')
    expect(await importRowCounts()).toEqual(before)

    const { batchId } = await previewAs(file, 'a.xlsx')
    await expectAppError(confirmParticipantImport(setup.otherOperator, { batchId }), 'NOT_FOUND')
    await expectAppError(confirmParticipantImport(setup.pelatih, { batchId }), 'FORBIDDEN')
    await expectAppError(confirmParticipantImport(setup.peserta, { batchId }), 'FORBIDDEN')
    await expectAppError(confirmParticipantImport(setup.operator, { batchId: 'bukan-id' }), 'NOT_FOUND')
    // Admin Pusat may import into any province's cohort.
    expect((await previewAs(file, 'a.xlsx', setup.admin)).summary.NEW).toBe(1)
  })
})

describe('a file of 10,000 rows', () => {
  it('previews and confirms every row', { timeout: 180_000 }, async () => {
    const { cohortId, operator } = await importSetup({ quota: 10_000 })
    const file = await largeParticipantWorkbook(10_000)
    const progress: ImportProgress[] = []
    const { batchId, summary } = await previewParticipantImport(operator, { cohortId, fileName: 'besar.xlsx', bytes: file }, (p) => progress.push(p))
    expect(summary).toEqual({ total: 10_000, NEW: 10_000, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 })
    // Progress for the upload form: read, every 1,000 rows checked, each 5,000 rows stored.
    const checked = progress.filter((p) => p.stage === 'checking').map((p) => p.done)
    expect(progress[0]).toEqual({ stage: 'reading', done: 0, total: 0 })
    expect(checked).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000])
    expect(progress.filter((p) => p.stage === 'saving').map((p) => p.done)).toEqual([0, 5000, 10_000])
    expect(progress.slice(1).every((p) => p.total === 10_000)).toBe(true)
    expect(await confirmParticipantImport(operator, { batchId })).toMatchObject({ created: 10_000, enrolled: 10_000 })
  })
})
