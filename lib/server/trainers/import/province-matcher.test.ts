import { describe, expect, it } from 'vitest'
import { createProvinceMatcher } from './province-matcher'

const match = createProvinceMatcher([
  { code: '11', name: 'Aceh' },
  { code: '31', name: 'Daerah Khusus Ibukota Jakarta' },
  { code: '32', name: 'Jawa Barat' },
  { code: '34', name: 'Daerah Istimewa Yogyakarta' },
  { code: '52', name: 'Nusa Tenggara Barat' },
  { code: '96', name: 'Papua Barat Daya' },
])

describe('createProvinceMatcher', () => {
  it.each([
    ['Jawa Barat', '32'], ['  JAWA   barat ', '32'], ['Provinsi Jawa Barat', '32'], ['Jabar', '32'],
    ['DKI Jakarta', '31'], ['Jakarta', '31'], ['D.K.I. Jakarta', '31'], ['Daerah Khusus Ibukota Jakarta', '31'],
    ['DIY', '34'], ['D.I. Yogyakarta', '34'], ['Daerah Istimewa Yogyakarta', '34'], ['Yogyakarta', '34'],
    ['NTB', '52'], ['Papua Barat Daya', '96'], ['32', '32'], ['32 - Jawa Barat', '32'], ['aceh', '11'],
  ])('%s → %s', (input, code) => {
    expect(match(input)).toBe(code)
  })

  it.each([[''], [null], ['Atlantis'], ['99'], ['Jawa']])('%s is not a province', (input) => {
    expect(match(input)).toBeNull()
  })
})
