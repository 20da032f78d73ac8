import { describe, expect, it } from 'vitest'
import { createRegionMatcher } from './region-matcher'

const matcher = createRegionMatcher({
  provinceName: 'Jawa Barat',
  regencies: [
    { code: '32.01', parentCode: '32', name: 'Kabupaten Bogor' },
    { code: '32.04', parentCode: '32', name: 'Kabupaten Bandung' },
    { code: '32.17', parentCode: '32', name: 'Kabupaten Bandung Barat' },
    { code: '32.71', parentCode: '32', name: 'Kota Bogor' },
    { code: '32.76', parentCode: '32', name: 'Kota Depok' },
  ],
  districts: [
    { code: '32.04.05', parentCode: '32.04', name: 'Cileunyi' },
    { code: '32.04.06', parentCode: '32.04', name: 'Cimenyan' },
    { code: '32.04.08', parentCode: '32.04', name: 'Bojongsoang' },
  ],
  villages: [
    { code: '32.04.05.2001', parentCode: '32.04.05', name: 'Cileunyi Kulon' },
    { code: '32.04.05.2002', parentCode: '32.04.05', name: 'Cinunuk' },
    { code: '32.04.06.2001', parentCode: '32.04.06', name: 'Mekarsaluyu' },
    { code: '32.04.08.2001', parentCode: '32.04.08', name: 'Cinunuk' },
  ],
})
const regency = (raw: string) => matcher.regency(raw, 'Kabupaten/Kota')

describe('regency', () => {
  it.each([
    ['Kabupaten Bandung', '32.04'], ['kab. bandung', '32.04'], ['KAB BANDUNG', '32.04'], ['Bandung', '32.04'],
    ['Kab. Bandung Barat', '32.17'], ['Kota Depok', '32.76'], ['Depok', '32.76'], ['kota  bogor', '32.71'], ['Kab Bogor', '32.01'],
    ['32.04', '32.04'], ['3204', '32.04'],
  ])('%s → %s', (raw, code) => {
    expect(regency(raw)).toMatchObject({ ok: true, code })
  })

  it('asks for "Kabupaten" or "Kota" when the bare name is both', () => {
    expect(regency('Bogor')).toEqual({ ok: false, message: 'Kabupaten/Kota: "Bogor" bisa berarti "Kabupaten Bogor" atau "Kota Bogor". Tulis lengkap dengan "Kabupaten" atau "Kota".' })
  })

  it('suggests a close name for a misspelling and refuses unknown ones', () => {
    expect(regency('Kab. Bandug')).toEqual({ ok: false, message: 'Kabupaten/Kota: "Kab. Bandug" tidak ditemukan di Jawa Barat. Maksud Anda "Kabupaten Bandung"?' })
    expect(regency('Kota Depog')).toMatchObject({ ok: false, message: expect.stringContaining('Maksud Anda "Kota Depok"?') })
    expect(regency('Kota Surabaya')).toEqual({ ok: false, message: 'Kabupaten/Kota: "Kota Surabaya" tidak ditemukan di Jawa Barat. Periksa ejaannya.' })
  })
})

describe('district and village', () => {
  it('matches within the regency, with or without prefixes, and suggests close names', () => {
    expect(matcher.district('Kec. Cileunyi', '32.04', 'Kecamatan')).toMatchObject({ ok: true, code: '32.04.05' })
    expect(matcher.district('CIMENYAN', '32.04', 'Kecamatan')).toMatchObject({ ok: true, code: '32.04.06' })
    expect(matcher.district('Cileuny', '32.04', 'Kecamatan')).toMatchObject({ ok: false, message: expect.stringContaining('Maksud Anda "Cileunyi"?') })
    expect(matcher.district('Cileunyi', '32.01', 'Kecamatan')).toMatchObject({ ok: false })
  })

  it('finds a village in its district, or in the regency when it is unique there', () => {
    expect(matcher.village('Desa Cinunuk', { regencyCode: '32.04', districtCode: '32.04.05' }, 'Desa/Kelurahan')).toMatchObject({ ok: true, code: '32.04.05.2002' })
    expect(matcher.village('mekarsaluyu', { regencyCode: '32.04', districtCode: null }, 'Desa/Kelurahan')).toMatchObject({ ok: true, code: '32.04.06.2001' })
    expect(matcher.village('Cinunuk', { regencyCode: '32.04', districtCode: null }, 'Desa/Kelurahan')).toMatchObject({ ok: false, message: expect.stringContaining('Isi kolom Kecamatan') })
    expect(matcher.village('Cileunyi Kulun', { regencyCode: '32.04', districtCode: '32.04.05' }, 'Desa/Kelurahan')).toMatchObject({ ok: false, message: expect.stringContaining('Maksud Anda "Cileunyi Kulon"?') })
  })
})

// Real spellings of official names (issue 12): a unique match after folding spaces, dots, prefixes or
// the old spelling is taken and reported as adjusted; only real ambiguity stays an error.
const spelled = createRegionMatcher({
  provinceName: 'Uji',
  regencies: [
    { code: '21.72', parentCode: '21', name: 'Kota Tanjung Pinang' },
    { code: '13.75', parentCode: '13', name: 'Kota Bukittinggi' },
    { code: '32.73', parentCode: '32', name: 'Kota Bandung' },
    { code: '32.04', parentCode: '32', name: 'Kabupaten Bandung' },
    { code: '32.17', parentCode: '32', name: 'Kabupaten Bandung Barat' },
    { code: '73.72', parentCode: '73', name: 'Kota Parepare' },
    { code: '74.72', parentCode: '74', name: 'Kota Bau Bau' },
    { code: '31.74', parentCode: '31', name: 'Kota Administrasi Jakarta Selatan' },
    { code: '35.09', parentCode: '35', name: 'Kabupaten Jember' },
    { code: '63.02', parentCode: '63', name: 'Kabupaten Kotabaru' },
  ],
  districts: [
    { code: '32.04.05', parentCode: '32.04', name: 'Cileunyi' },
    { code: '32.73.01', parentCode: '32.73', name: 'Sukasari' },
    { code: '32.73.02', parentCode: '32.73', name: 'Suka Sari' },
  ],
  villages: [
    { code: '32.04.05.2001', parentCode: '32.04.05', name: 'Cileunyi Kulon' },
    { code: '32.04.05.2002', parentCode: '32.04.05', name: 'Cinunuk' },
    { code: '32.73.01.1002', parentCode: '32.73.01', name: 'Gegerkalong' },
  ],
})

describe('real spellings', () => {
  it.each([
    ['Kota Tanjung Pinang', '21.72', false], ['Tanjungpinang', '21.72', true], ['Kota Tanjungpinang', '21.72', true],
    ['Bukit Tinggi', '13.75', true], ['Kota Bukit Tinggi', '13.75', true], ['kota bukittinggi', '13.75', false], ['BUKIT-TINGGI', '13.75', true],
    ['Kodya Bandung', '32.73', true], ['Kotamadya Bandung', '32.73', true], ['Kota Bandung', '32.73', false], ['KotaBandung', '32.73', true],
    ['Kab.Bandung', '32.04', false], ['Kabupaten  Bandung', '32.04', false], ['KabupatenBandung', '32.04', true], ['Kab. Bandung Barat', '32.17', false],
    ['Kab BandungBarat', '32.17', true], ['Pare-Pare', '73.72', true], ['Pare Pare', '73.72', true], ['Baubau', '74.72', true], ['Kota Bau-Bau', '74.72', false],
    ['Jakarta Selatan', '31.74', false], ['Kota Jakarta Selatan', '31.74', false], ['Kota Adm. Jakarta Selatan', '31.74', false],
    ['Kab. Djember', '35.09', true], ['Kotabaru', '63.02', false], ['Kota Baru', '63.02', true],
  ])('%s → %s (adjusted: %s)', (raw, code, adjusted) => {
    expect(spelled.regency(raw, 'Kabupaten/Kota')).toEqual({ ok: true, code, name: expect.any(String), adjusted })
  })

  it('keeps errors for real ambiguity', () => {
    expect(spelled.regency('Bandung', 'Kabupaten/Kota')).toMatchObject({ ok: false, message: expect.stringContaining('bisa berarti "Kota Bandung" atau "Kabupaten Bandung"') })
    // "Suka Sari" and "Sukasari" are two districts: written exactly, each is itself; folded, they meet.
    expect(spelled.district('Suka Sari', '32.73', 'Kecamatan')).toMatchObject({ ok: true, code: '32.73.02', adjusted: false })
    expect(spelled.district('SUKA-SARI', '32.73', 'Kecamatan')).toMatchObject({ ok: true, code: '32.73.02', adjusted: false })
    expect(spelled.district('Suka.sari', '32.73', 'Kecamatan')).toMatchObject({ ok: true, code: '32.73.02' })
    expect(spelled.district('S u k a s a r i', '32.73', 'Kecamatan')).toMatchObject({ ok: false, message: 'Kecamatan: "S u k a s a r i" bisa berarti "Sukasari" atau "Suka Sari". Tulis sesuai nama resmi.' })
  })

  it('folds districts and villages too', () => {
    expect(spelled.district('Kec.Cileunyi', '32.04', 'Kecamatan')).toMatchObject({ ok: true, code: '32.04.05', adjusted: false })
    expect(spelled.district('Tjileunyi', '32.04', 'Kecamatan')).toMatchObject({ ok: true, code: '32.04.05', adjusted: true })
    expect(spelled.village('CileunyiKulon', { regencyCode: '32.04', districtCode: '32.04.05' }, 'Desa/Kelurahan')).toMatchObject({ ok: true, code: '32.04.05.2001', adjusted: true })
    expect(spelled.village('Ds. Cileunyi Kulon', { regencyCode: '32.04', districtCode: '32.04.05' }, 'Desa/Kelurahan')).toMatchObject({ ok: true, code: '32.04.05.2001', adjusted: false })
    expect(spelled.village('Kel. Geger Kalong', { regencyCode: '32.73', districtCode: null }, 'Desa/Kelurahan')).toMatchObject({ ok: true, code: '32.73.01.1002', adjusted: true })
  })
})
