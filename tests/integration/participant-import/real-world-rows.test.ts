// Issue 12, points 3–7: rows as offices really write them. Region names spelt otherwise are taken
// and shown as "disesuaikan"; "Perpustakaan Desa/Kelurahan" follows the village; names that are not
// names are refused; a NIK of another province is accepted with a warning kept with the participant;
// a NIK cell that is not a NIK is shown as typed (never stored in plain text).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { testDb } from '../../support/database'
import { importSetup } from '../../support/import-factories'
import {
  CONTROL_NAMES, DESA_OR_KELURAHAN_ROWS, FORMULA_NAMES, JABAR_SPELLINGS, TYPED_BAD_NIKS, nikSeries, participantCsv, participantRow, participantWorkbook, phoneSeries,
} from '../../fixtures/participant-files'

let setup: Awaited<ReturnType<typeof importSetup>>
let operator: Actor
beforeAll(async () => {
  setup = await importSetup()
  operator = setup.operator
})

const previewRows = async (bytes: Buffer, fileName = 'daftar.xlsx') => {
  const preview = await previewParticipantImport(operator, { cohortId: setup.cohortId, fileName, bytes })
  const { rows } = await getParticipantImport(operator, { batchId: preview.batchId })
  const stored = await testDb().importRow.findMany({ where: { batchId: preview.batchId }, orderBy: { rowNumber: 'asc' }, select: { rowNumber: true, data: true } })
  return { preview, rows, stored }
}

describe('real spellings of official region names (point 3)', () => {
  it('takes a unique match spelt otherwise, says "disesuaikan", and keeps errors for real ambiguity', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const { rows, stored } = await previewRows(await participantWorkbook(JABAR_SPELLINGS.map((s, i) => participantRow(nik(i), phone(i), { ...s.cells, 'Jenis Perpustakaan': 'TBM', 'Nama Perpustakaan': 'TBM Pelangi' }))))
    const regions = await testDb().village.findMany({ where: { code: { in: ['32.73.01.1002', '32.04.05.2001', '32.04.05.2004'] } }, select: { code: true } })
    expect(regions).toHaveLength(3)
    for (const [i, spelling] of JABAR_SPELLINGS.entries()) {
      const row = rows[i]
      if (!spelling.official) {
        expect(row).toMatchObject({ status: 'ERROR', messages: ['Kabupaten/Kota: "Tasik Malaya" bisa berarti "Kabupaten Tasikmalaya" atau "Kota Tasikmalaya". Tulis lengkap dengan "Kabupaten" atau "Kota".'] })
        continue
      }
      expect(row, spelling.cells['Kab/Kota']).toMatchObject({ status: 'NEW', messages: [] })
      expect(row.adjusted.map((a) => a.label)).toEqual(spelling.adjusted)
      const participant = (stored[i].data as { participant: { regencyCode: string; villageCode: string | null } }).participant
      const regency = await testDb().regency.findUniqueOrThrow({ where: { code: participant.regencyCode }, select: { name: true } })
      expect(regency.name).toBe(spelling.official[0])
      const village = participant.villageCode ? await testDb().village.findUniqueOrThrow({ where: { code: participant.villageCode }, select: { name: true } }) : null
      expect(village?.name ?? null).toBe(spelling.official[2])
    }
    expect(rows[0].adjusted).toEqual([
      { label: 'Kabupaten/Kota', from: 'Kodya Bandung', to: 'Kota Bandung' },
      { label: 'Desa/Kelurahan', from: 'Geger Kalong', to: 'Gegerkalong' },
    ])
  })
})

describe('"Perpustakaan Desa/Kelurahan" (point 4)', () => {
  it('is decided by the village\'s official code, and asks for the village when there is none', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const { rows, stored } = await previewRows(await participantWorkbook(DESA_OR_KELURAHAN_ROWS.map((r, i) => participantRow(nik(i), phone(i), r.cells))))
    for (const [i, expected] of DESA_OR_KELURAHAN_ROWS.entries()) {
      if (!expected.type) {
        expect(rows[i]).toMatchObject({ status: 'ERROR', messages: [expect.stringMatching(/^Jenis Lembaga: "Perpustakaan Desa\/Kelurahan" ditentukan dari desa\/kelurahan peserta, tetapi kolom Desa\/Kelurahan kosong\./)] })
        continue
      }
      expect(rows[i]).toMatchObject({ status: 'NEW', messages: [] })
      expect((stored[i].data as { participant: { institutionType: string } }).participant.institutionType).toBe(expected.type)
    }
    expect(rows[0].adjusted).toContainEqual({ label: 'Jenis Lembaga', from: 'Perpustakaan Desa/Kelurahan', to: 'Perpustakaan kelurahan (Gegerkalong adalah kelurahan)' })
    expect(rows[1].adjusted).toContainEqual({ label: 'Jenis Lembaga', from: 'Perpus Desa / Kel.', to: 'Perpustakaan desa (Cinunuk adalah desa)' })
  })
})

describe('names that are not names (point 5)', () => {
  it('refuses names that start like a formula or hold control characters, in .xlsx and CSV, with a clear message', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const names = [...FORMULA_NAMES, ...CONTROL_NAMES, '12345', "Ni Luh Putu 'Ayu'"]
    const cells = names.map((name, i) => participantRow(nik(i), phone(i), { 'Nama Lengkap': name }))
    // A formula cell as Excel stores it (read as its typed text, never evaluated), and a formula-like institution name.
    cells.push(participantRow(nik(20), phone(20), { 'Nama Lengkap': { formula: 'HYPERLINK("http://contoh.id","Ani")', result: 'Ani' } }))
    cells.push(participantRow(nik(21), phone(21), { 'Nama Perpustakaan': '=cmd|calc' }))
    for (const [bytes, fileName] of [[await participantWorkbook(cells), 'a.xlsx'], [participantCsv(cells.map((c) => c.map((v) => (typeof v === 'object' && v && 'formula' in v ? `=${v.formula}` : v)))), 'a.csv']] as const) {
      const { rows } = await previewRows(bytes, fileName)
      const formula = 'Nama Lengkap: tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'
      expect(rows.slice(0, 4).map((r) => [r.status, r.messages])).toEqual(FORMULA_NAMES.map(() => ['ERROR', [formula]]))
      // A workbook cannot hold C0 controls (exceljs drops them on writing): there only the direction override arrives.
      for (const i of fileName.endsWith('.csv') ? [4, 5, 6] : [5]) {
        expect(rows[i]).toMatchObject({ status: 'ERROR', messages: [expect.stringMatching(/^Nama Lengkap: berisi karakter tersembunyi/)] })
      }
      expect(rows[7]).toMatchObject({ status: 'ERROR', messages: ['Nama Lengkap: harus berupa nama yang memuat huruf.'] })
      expect(rows[8]).toMatchObject({ status: 'NEW', name: "Ni Luh Putu 'Ayu'" })
      expect(rows[9]).toMatchObject({ status: 'ERROR', messages: [formula] })
      expect(rows[10]).toMatchObject({ status: 'ERROR', messages: ['Nama Lembaga: tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'] })
    }
  })
})

describe('a NIK issued in another province (point 6)', () => {
  it('is accepted with a visible warning that is kept with the participant', async () => {
    const kaltim = nikSeries('647201')
    const nik = nikSeries()
    const phone = phoneSeries()
    const { preview, rows } = await previewRows(await participantWorkbook([participantRow(kaltim(1), phone(1)), participantRow(nik(2), phone(2))]))
    const warning = 'NIK diterbitkan di Provinsi Kalimantan Timur, bukan di Provinsi Jawa Barat. Data tetap disimpan (peserta mungkin pindah domisili); pastikan NIK sudah benar.'
    expect(rows[0]).toMatchObject({ status: 'NEW', messages: [], warnings: [warning] })
    expect(rows[1]).toMatchObject({ status: 'NEW', warnings: [] })
    await confirmParticipantImport(operator, { batchId: preview.batchId })
    const stored = await testDb().participant.findMany({ where: { phone: { in: [phone(1), phone(2)].map((p) => `+62${p.slice(1)}`) } }, orderBy: { phone: 'asc' }, select: { provinceCode: true, nikIssuedProvinceCode: true } })
    expect(stored).toEqual([{ provinceCode: '32', nikIssuedProvinceCode: '64' }, { provinceCode: '32', nikIssuedProvinceCode: null }])
  })
})

describe('an invalid NIK in the review (point 7)', () => {
  it('shows what the officer typed for rows whose NIK failed, keeps it sealed, and masks valid NIKs', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const { rows, stored } = await previewRows(await participantWorkbook([
      ...TYPED_BAD_NIKS.map((bad, i) => participantRow(bad, phone(i))),
      participantRow(Number(nik(5).slice(0, 15) + '0'), phone(5)),
      participantRow(nik(6), '12345'), // a valid NIK in a row that fails for its phone: still masked
    ]))
    expect(rows.map((r) => [r.status, r.nik, r.nikIsTyped])).toEqual([
      ...TYPED_BAD_NIKS.map((bad) => ['ERROR', bad, true]),
      ['ERROR', nik(5).slice(0, 15) + '0', true],
      ['ERROR', `${nik(6).slice(0, 4)}********${nik(6).slice(-4)}`, false],
    ])
    const text = JSON.stringify(stored)
    for (const bad of [...TYPED_BAD_NIKS, nik(5).slice(0, 15), nik(6)]) expect(text).not.toContain(bad)
  })
})
