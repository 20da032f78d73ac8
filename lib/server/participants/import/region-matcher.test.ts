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
