import { describe, expect, it } from 'vitest'
import { nameKey, personNameTokens, phonesInName } from './names'
import { nameSimilarity } from './similarity'

describe('personNameTokens', () => {
  it.each([
    ['Dewi L - Perpusdes Sukamaju', ['dewi', 'l']],
    ['Dewi Lestari Perpusdes Sukamaju', ['dewi', 'lestari']],
    ['05_Budi Santoso_TBM Cahaya', ['budi', 'santoso']],
    ['Ibu Sri Wahyuni, S.Pd (TBM Pelita)', ['sri', 'wahyuni']],
    ['TBM Pelita - Sri Wahyuni', ['sri', 'wahyuni']],
    ['Perpus Desa Mekar | Ahmad Fauzi', ['ahmad', 'fauzi']],
    ['Rina 0812-3456-7890', ['rina']],
    ['Drs. H. Abdul Karim, M.Pd', ['abdul', 'karim']],
    ['JOSÉ  RAMÍREZ', ['jose', 'ramirez']],
    ['Siti Nur-Aini', ['siti', 'nur', 'aini']],
    ['Perpustakaan Desa Sukamaju', ['perpustakaan', 'desa', 'sukamaju']],
  ])('%s', (display, tokens) => expect(personNameTokens(display)).toEqual(tokens))

  it('gives one key to the same person typed differently', () => {
    expect(nameKey('Dewi L - Perpusdes Sukamaju')).toBe(nameKey('dewi l (perpusdes sukamaju)'))
    expect(nameKey('Dewi L - Perpusdes Sukamaju')).toBe('dewi l')
  })
})

describe('phonesInName', () => {
  it.each([
    ['Rina 0812-3456-7890', ['+6281234567890']],
    ['Rina_+62 812 3456 7890', ['+6281234567890']],
    ['Rina (081234567890) TBM', ['+6281234567890']],
    ['Rina 2024', []],
    ['Meeting 812 3456 7890', []],
  ])('%s', (display, phones) => expect(phonesInName(display)).toEqual(phones))
})

describe('nameSimilarity', () => {
  const s = (a: string, b: string) => nameSimilarity(personNameTokens(a), personNameTokens(b))
  it('ranks the typical cases', () => {
    expect(s('Dewi Lestari', 'Dewi Lestari')).toBe(1)
    expect(s('Lestari Dewi', 'Dewi Lestari')).toBe(1)
    expect(s('Dewi L - Perpusdes Sukamaju', 'Dewi Lestari')).toBeCloseTo(0.95)
    expect(s('Dewi Lestary', 'Dewi Lestari')).toBeGreaterThan(0.9)
    expect(s('Dewi', 'Dewi Lestari')).toBeCloseTo(0.85)
    expect(s('Dewi', 'Dewi Anggraini')).toBeCloseTo(0.85)
    expect(s('Budi Santoso', 'Dewi Lestari')).toBe(0)
    expect(s('Samsung Galaxy A12', 'Dewi Lestari')).toBe(0)
  })
})
