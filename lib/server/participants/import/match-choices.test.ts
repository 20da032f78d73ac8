import { describe, expect, it } from 'vitest'
import { DESA_OR_KELURAHAN, matchInstitutionType, matchSex } from './match-choices'

describe('matchSex', () => {
  it.each([['L', 'L'], ['laki-laki', 'L'], ['Laki Laki', 'L'], ['PRIA', 'L'], ['P', 'P'], ['Perempuan', 'P'], ['wanita', 'P']])('%s → %s', (raw, sex) => {
    expect(matchSex(raw)).toBe(sex)
  })
  it('is null for anything else', () => {
    expect(matchSex('X')).toBeNull()
    expect(matchSex('')).toBeNull()
  })
})

describe('matchInstitutionType', () => {
  it.each([
    ['Perpustakaan Desa', 'PERPUSTAKAAN_DESA'], ['perpus desa', 'PERPUSTAKAAN_DESA'], ['Perpusdes', 'PERPUSTAKAAN_DESA'],
    ['Perpustakaan Kelurahan', 'PERPUSTAKAAN_KELURAHAN'], ['TBM', 'TBM'], ['Taman Baca Masyarakat', 'TBM'], ['Taman Baca Masyarakat (TBM)', 'TBM'],
    ['Rumah Baca Pelangi', 'TBM'], ['Perpustakaan Umum Kabupaten/Kota', 'PERPUSTAKAAN_UMUM_KABKOTA'], ['Perpustakaan Kota', 'PERPUSTAKAAN_UMUM_KABKOTA'],
    ['Perpustakaan Umum Provinsi', 'PERPUSTAKAAN_UMUM_PROVINSI'], ['Perpustakaan Sekolah', 'PERPUSTAKAAN_SEKOLAH'], ['Perpustakaan SMP', 'PERPUSTAKAAN_SEKOLAH'],
    ['Perpustakaan Khusus', 'PERPUSTAKAAN_KHUSUS'], ['Lainnya', 'LAINNYA'], ['TBM', 'TBM'], ['PERPUSTAKAAN_DESA', 'PERPUSTAKAAN_DESA'],
  ])('%s → %s', (raw, type) => {
    expect(matchInstitutionType(raw)).toBe(type)
  })

  it.each([['Perpustakaan'], ['']])('%s is not one type', (raw) => {
    expect(matchInstitutionType(raw)).toBeNull()
  })

  it.each([['Perpustakaan Desa/Kelurahan'], ['Perpus Desa / Kel.'], ['Perpustakaan Desa atau Kelurahan'], ['Perpusdes/Kelurahan']])('%s is desa or kelurahan, decided by the village', (raw) => {
    expect(matchInstitutionType(raw)).toBe(DESA_OR_KELURAHAN)
  })
})
