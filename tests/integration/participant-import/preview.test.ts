// The participant import's preview: every row classified with Indonesian messages, the result kept
// in import_batch / import_row (NIK only protected), and nothing written to participants.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { testDb } from '../../support/database'
import { enrol } from '../../support/factories'
import { importRowCounts, importSetup, storeParticipant } from '../../support/import-factories'
import { FORMULA_NAMES, nikSeries, participantCsv, participantRow, participantWorkbook, phoneSeries, type FileRow } from '../../fixtures/participant-files'

let setup: Awaited<ReturnType<typeof importSetup>>
let operator: Actor
beforeAll(async () => {
  setup = await importSetup()
  operator = setup.operator
})

const nasty = async () => {
  const nik = nikSeries()
  const phone = phoneSeries()
  // Stored already: one the file changes, one it repeats exactly (and is enrolled), one whose phone the file reuses.
  const toUpdate = await storeParticipant(nik(1), phone(1))
  const same = await storeParticipant(nik(2), phone(2))
  await enrol(same.id, setup.cohortId, setup.programId)
  await storeParticipant(nik(3), phone(3))
  const rows: FileRow[] = [
    /* 3 */ participantRow(nik(1), phone(1), { 'Nama Perpustakaan': 'Perpustakaan Desa Cinunuk Baru' }),
    /* 4 */ participantRow(nik(2), phone(2)),
    /* 5 */ participantRow(nik(10), phone(10), { 'Nama Lengkap': 'Budi Santoso', 'L/P': 'Laki-laki', 'Tanggal Lahir': 33005 }),
    /* 6 */ null,
    /* 7 */ ['', '  ', '', '', '', '', '', '', '', '', '', '', ''],
    /* 8 */ participantRow(nik(11, 'P'), phone(11), { 'Tanggal Lahir': '22 Mei 1990', 'L/P': '', 'Jenis Perpustakaan': 'TBM', 'Nama Perpustakaan': 'TBM Pelangi' }),
    /* 9 */ participantRow(nik(10), phone(12)), // same NIK as row 5
    /* 10 */ participantRow(nik(13), phone(10)), // same phone as row 5
    /* 11 */ participantRow(nik(14), phone(3)), // phone of another stored participant
    /* 12 */ participantRow(Number(nik(15).slice(0, 15) + '0'), phone(15)), // number cell, last digit zeroed by Excel
    /* 13 */ participantRow('3.20405E+15', phone(16)),
    /* 14 */ participantRow(nik(17), phone(17), { 'Kab/Kota': 'Kota Surabaya', 'Kecamatan': '', 'Desa/Kelurahan': '' }),
    /* 15 */ participantRow(nik(18), phone(18), { 'Kab/Kota': 'Kab. Bandug' }),
    /* 16 */ participantRow(nik(19), phone(19), { 'Kecamatan': 'Cileuny' }),
    /* 17 */ participantRow(nik(20), phone(20), { 'Nama Lengkap': FORMULA_NAMES[0] }),
    /* 18 */ participantRow(nik(21), phone(21), { 'Nama Lengkap': FORMULA_NAMES[1] }),
    /* 19 */ participantRow(nik(22), phone(22), { 'Nama Lengkap': FORMULA_NAMES[2] }),
    /* 20 */ participantRow(nik(23), phone(23), { 'Nama Lengkap': FORMULA_NAMES[3] }),
    /* 21 */ participantRow(nik(24), phone(24), { 'Nama Lengkap': { formula: 'HYPERLINK("http://contoh.id","Ani")', result: 'Ani' } }),
    /* 22 */ participantRow('12345', '0812', { 'Nama Lengkap': '', 'Tanggal Lahir': '31/02/1990', 'Jenis Perpustakaan': 'Perpustakaan Desa/Kelurahan', 'Kab/Kota': 'Bandung', 'Email': 'bukan-email' }),
  ]
  return { nik, phone, toUpdate, rows, file: await participantWorkbook(rows, { titleRows: ['DAFTAR CALON PESERTA BIMTEK 2024'] }) }
}

describe('previewParticipantImport', () => {
  it('classifies every row with Indonesian messages, skips blank and title rows, and writes nothing but the preview', async () => {
    const { file, nik } = await nasty()
    const before = await importRowCounts()
    const preview = await previewParticipantImport(operator, { cohortId: setup.cohortId, fileName: 'Peserta Jabar.xlsx', bytes: file })
    expect(preview.summary).toEqual({ total: 18, NEW: 2, UPDATE: 1, UNCHANGED: 1, DUPLICATE: 3, ERROR: 11 })
    expect(preview.toWrite).toBe(3)
    expect(await importRowCounts()).toEqual({ ...before, batches: before.batches + 1 })

    const { rows, batch } = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(batch).toMatchObject({ status: 'PREVIEW', totalRows: 18, processedRows: 18, fileName: 'Peserta Jabar.xlsx' })
    const byRow = new Map(rows.map((r) => [r.rowNumber, r]))
    const at = (n: number) => byRow.get(n)!
    expect(at(3)).toMatchObject({ status: 'UPDATE', changes: ['Nama Lembaga', 'Didaftarkan ke kelas ini'], messages: [] })
    expect(at(4)).toMatchObject({ status: 'UNCHANGED', changes: [] })
    expect(at(5)).toMatchObject({ status: 'NEW', name: 'Budi Santoso', phone: expect.stringMatching(/^\+62813/), nik: `${nik(10).slice(0, 4)}********${nik(10).slice(-4)}`, nikIsTyped: false })
    expect(at(8)).toMatchObject({ status: 'NEW' })
    expect(byRow.has(6) || byRow.has(7)).toBe(false)
    expect(at(9)).toMatchObject({ status: 'DUPLICATE', messages: ['NIK sama dengan baris 5; baris ini dilewati.'] })
    expect(at(10)).toMatchObject({ status: 'DUPLICATE', messages: ['No HP sama dengan baris 5; baris ini dilewati.'] })
    expect(at(11).messages).toEqual(['No HP sudah dipakai peserta lain yang terdaftar. Setiap peserta perlu nomor HP sendiri.'])
    for (const n of [12, 13]) {
      expect(at(n)).toMatchObject({ status: 'ERROR', messages: [expect.stringMatching(/^NIK: tertulis sebagai angka .* digitnya hilang\. Format kolom NIK sebagai Teks/)] })
    }
    expect(at(14).messages).toEqual(['Kabupaten/Kota: "Kota Surabaya" tidak ditemukan di Jawa Barat. Periksa ejaannya.'])
    expect(at(15).messages).toEqual(['Kabupaten/Kota: "Kab. Bandug" tidak ditemukan di Jawa Barat. Maksud Anda "Kabupaten Bandung"?'])
    expect(at(16).messages).toEqual(['Kecamatan: "Cileuny" tidak ditemukan di kabupaten/kota tersebut. Maksud Anda "Cileunyi"?'])
    // Names a spreadsheet would run as formulas are refused (issue 12; real-world-rows.test.ts has the rest).
    expect([17, 18, 19, 20, 21].map((n) => [at(n).status, at(n).name])).toEqual([
      ...FORMULA_NAMES.map((name) => ['ERROR', name]), ['ERROR', '=HYPERLINK("http://contoh.id","Ani")'],
    ])
    expect(at(22)).toMatchObject({ status: 'ERROR', nik: '12345', nikIsTyped: true })
    expect(at(22).messages).toEqual([
      'Nama Lengkap: wajib diisi.',
      'NIK: NIK harus 16 digit angka (terisi 5 karakter).',
      'No HP: Nomor HP harus nomor seluler Indonesia yang valid, mis. 0812-3456-7890.',
      'Tanggal Lahir: "31/02/1990" bukan tanggal yang dikenali. Tulis hari/bulan/tahun, mis. 22/05/1990 atau 22 Mei 1990.',
      'Email: "bukan-email" bukan alamat email yang valid.',
      // "Perpustakaan Desa/Kelurahan" waits for a region it can decide by (real-world-rows.test.ts).
      'Kabupaten/Kota: "Bandung" bisa berarti "Kabupaten Bandung" atau "Kota Bandung". Tulis lengkap dengan "Kabupaten" atau "Kota".',
    ])

    // The stored preview: normalised rows, the NIK never in plain text.
    const stored = await testDb().importRow.findMany({ where: { batchId: preview.batchId }, select: { rowNumber: true, data: true } })
    const text = JSON.stringify(stored)
    for (const i of [1, 2, 10, 11, 14, 20]) expect(text).not.toContain(nik(i))
    expect(text).not.toContain('"12345"') // the typed NIK of row 22 is sealed too
    const row5 = stored.find((r) => r.rowNumber === 5)!.data as { participant: Record<string, unknown> }
    expect(row5.participant).toMatchObject({
      name: 'Budi Santoso', sex: 'L', birthDate: '1990-05-12', regencyCode: '32.04', villageCode: '32.04.05.2004', provinceCode: '32',
      institutionType: 'PERPUSTAKAAN_DESA', nikHash: expect.stringMatching(/^[0-9a-f]{64}$/), nikCiphertext: expect.stringMatching(/^v1\./), nikMasked: expect.any(String),
    })
    // Sex and birth date come from the NIK when their cells are blank.
    const row8 = stored.find((r) => r.rowNumber === 8)!.data as { participant: Record<string, unknown> }
    expect(row8.participant).toMatchObject({ sex: 'P', birthDate: '1990-05-22', institutionType: 'TBM' })
  })

  it('reads a CSV saved with ";" and a BOM, or "," without, and dates typed three ways', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const rows = [
      participantRow(nik(1), phone(1), { 'Tanggal Lahir': '33005' }),
      participantRow(nik(2), phone(2), { 'Tanggal Lahir': '12-05-1990', 'Nama Lengkap': 'Rina, S.Pd.' }),
      participantRow(nik(3), phone(3), { 'Tanggal Lahir': '12 Mei 1990' }),
      participantRow('3,20405E+15', phone(4)),
      null,
    ]
    for (const csv of [participantCsv(rows, { bom: true }), participantCsv(rows, { delimiter: ',' })]) {
      const preview = await previewParticipantImport(operator, { cohortId: setup.cohortId, fileName: 'peserta.csv', bytes: csv })
      expect(preview.summary).toEqual({ total: 4, NEW: 3, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 1 })
      const stored = await testDb().importRow.findMany({ where: { batchId: preview.batchId }, orderBy: { rowNumber: 'asc' }, select: { data: true, messages: true } })
      expect(stored.slice(0, 3).map((r) => (r.data as { participant: { birthDate: string } }).participant.birthDate)).toEqual(['1990-05-12', '1990-05-12', '1990-05-12'])
      expect((stored[1].data as { participant: { name: string } }).participant.name).toBe('Rina, S.Pd.')
      expect(stored[3].messages).toEqual([expect.stringContaining('digitnya hilang')])
    }
  })
})
