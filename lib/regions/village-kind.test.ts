import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { villageKind } from './village-kind'

describe('villageKind', () => {
  it('reads the first digit of the last segment', () => {
    expect(villageKind('32.73.01.1001')).toBe('KELURAHAN') // Sukarasa, Kota Bandung
    expect(villageKind('32.04.05.2004')).toBe('DESA') // Cinunuk, Kabupaten Bandung
    expect(villageKind('91.03.01.3007')).toBe('DESA') // Desa Adat Yoboi, Jayapura
    expect(villageKind('32.04.05')).toBeNull()
    expect(villageKind('32.04.05.4001')).toBeNull()
  })

  it('knows every village of the reference data', () => {
    const codes = readFileSync('node_modules/idn-area-data/data/villages.csv', 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0])
    expect(codes.length).toBeGreaterThan(80_000)
    expect(codes.filter((code) => villageKind(code) === null)).toEqual([])
    // Kota Bandung has only kelurahan; Kabupaten Bandung's villages are nearly all desa.
    expect(new Set(codes.filter((c) => c.startsWith('32.73.')).map(villageKind))).toEqual(new Set(['KELURAHAN']))
  })
})
