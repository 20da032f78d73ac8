import { describe, expect, it } from 'vitest'
import { columnOfHeader, looksLikeHeaderRow, matchHeaders } from './match-headers'

describe('columnOfHeader', () => {
  it.each([
    ['Nama', 'name'], ['NAMA LENGKAP', 'name'], [' nama  lengkap* ', 'name'],
    ['NIK', 'nik'], ['No. KTP', 'nik'], ['NIK (16 digit)', 'nik'], ['Nomor Induk Kependudukan', 'nik'],
    ['Jenis Kelamin', 'sex'], ['JK', 'sex'], ['L/P', 'sex'], ['Jenis Kelamin (L/P)', 'sex'],
    ['No HP', 'phone'], ['No.HP', 'phone'], ['No. WA', 'phone'], ['Nomor Telepon', 'phone'], ['No. HP/WA', 'phone'], ['WhatsApp', 'phone'],
    ['Email', 'email'], ['E-mail', 'email'], ['Tanggal Lahir', 'birthDate'], ['Tgl. Lahir (dd/mm/yyyy)', 'birthDate'],
    ['Jenis Lembaga', 'institutionType'], ['Jenis Perpustakaan', 'institutionType'],
    ['Nama Lembaga', 'institutionName'], ['Nama Perpustakaan', 'institutionName'], ['Nama TBM', 'institutionName'], ['Nama Perpustakaan/TBM', 'institutionName'],
    ['NPP', 'npp'], ['Kabupaten/Kota', 'regency'], ['Kab/Kota', 'regency'], ['KAB. / KOTA', 'regency'],
    ['Kecamatan', 'district'], ['Desa/Kelurahan', 'village'], ['Desa / Kel.', 'village'], ['Kelurahan', 'village'],
  ])('%s → %s', (header, column) => {
    expect(columnOfHeader(header)).toBe(column)
  })

  it.each([['No'], [''], ['Keterangan'], ['Tempat Lahir']])('%s is not a column', (header) => {
    expect(columnOfHeader(header)).toBeNull()
  })
})

describe('matchHeaders', () => {
  it('maps cell indexes to columns, keeps the first of two synonyms and lists missing required columns', () => {
    const match = matchHeaders(['No', 'Nama', 'NIK', 'No HP', 'No. WA', 'Kab/Kota'])
    expect([...match.columns]).toEqual([[1, 'name'], [2, 'nik'], [3, 'phone'], [5, 'regency']])
    expect(match.missing).toEqual(['institutionName'])
  })

  it('tells a header row from a title row', () => {
    expect(looksLikeHeaderRow(['DAFTAR PESERTA BIMTEK 2024'])).toBe(false)
    expect(looksLikeHeaderRow(['No', 'Nama', 'NIK', 'L/P'])).toBe(true)
  })
})
