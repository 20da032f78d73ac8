import { describe, expect, it } from 'vitest'
import { formatCertificateNumber, numberPatternProblem, romanMonth } from './numbering'

const parts = { seq: 42, provinceCode: '32', provinceName: 'Jawa Barat', month: 6, year: 2024 }

describe('certificate numbers', () => {
  it('fills the pattern of the issue', () => {
    expect(formatCertificateNumber('{seq}/SERT/BIMTEK-SPP-TIK/{province}/{month}/{year}', parts)).toBe('0042/SERT/BIMTEK-SPP-TIK/32/VI/2024')
    expect(formatCertificateNumber('SERT-{year}-{provinceName}-{seq}', { ...parts, seq: 12345 })).toBe('SERT-2024-Jawa Barat-12345')
  })

  it('writes every month in Roman numerals', () => {
    expect(Array.from({ length: 12 }, (_, i) => romanMonth(i + 1))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'])
    expect(() => romanMonth(13)).toThrow()
  })

  it('refuses patterns that could repeat a number or cannot be read', () => {
    expect(numberPatternProblem('{seq}/SERT/{province}/{month}/{year}')).toBeNull()
    expect(numberPatternProblem('SERT/{province}/{year}')).toMatch(/\{seq\} tepat satu kali/)
    expect(numberPatternProblem('{seq}/{seq}')).toMatch(/tepat satu kali/)
    expect(numberPatternProblem('{seq}/{kota}')).toMatch(/\{kota\} tidak dikenal/)
    expect(numberPatternProblem('{seq}/{year')).toMatch(/tidak berpasangan/)
    expect(numberPatternProblem('{seq}\u0007')).toMatch(/karakter kendali/)
    expect(numberPatternProblem('')).toMatch(/wajib/)
    expect(numberPatternProblem(`{seq}${'x'.repeat(200)}`)).toMatch(/paling panjang/)
  })
})
