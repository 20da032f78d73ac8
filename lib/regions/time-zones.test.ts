import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getProvinceTimeZone, isProvinceCode, PROVINCE_CODES, PROVINCE_TIME_ZONES } from './time-zones'

function readProvinceCodesFromCsv(): string[] {
  const csv = readFileSync(path.resolve('node_modules/idn-area-data/data/provinces.csv'), 'utf8')
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0])
}

describe('province time zones', () => {
  it('covers exactly the 38 provinces of the reference data', () => {
    const codes = readProvinceCodesFromCsv()
    expect(codes).toHaveLength(38)
    expect([...PROVINCE_CODES].sort()).toEqual([...codes].sort())
  })

  it('knows the zone of some well-known provinces', () => {
    expect(getProvinceTimeZone('31')).toEqual({ timeZone: 'Asia/Jakarta', label: 'WIB' })
    expect(getProvinceTimeZone('32').label).toBe('WIB')
    expect(getProvinceTimeZone('61').label).toBe('WIB') // Kalimantan Barat
    expect(getProvinceTimeZone('62').label).toBe('WIB') // Kalimantan Tengah
    expect(getProvinceTimeZone('64')).toEqual({ timeZone: 'Asia/Makassar', label: 'WITA' })
    expect(getProvinceTimeZone('51').label).toBe('WITA') // Bali
    expect(getProvinceTimeZone('73').label).toBe('WITA') // Sulawesi Selatan
    expect(getProvinceTimeZone('81')).toEqual({ timeZone: 'Asia/Jayapura', label: 'WIT' })
    expect(getProvinceTimeZone('96').label).toBe('WIT') // Papua Barat Daya
  })

  it('pairs every label with its IANA zone', () => {
    const expected = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' }
    for (const zone of Object.values(PROVINCE_TIME_ZONES)) expect(zone.timeZone).toBe(expected[zone.label])
  })

  it('rejects unknown codes', () => {
    expect(isProvinceCode('20')).toBe(false)
    expect(isProvinceCode('toString')).toBe(false)
    expect(() => getProvinceTimeZone('99')).toThrow()
  })
})
