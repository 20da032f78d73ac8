import { describe, expect, it } from 'vitest'
import { clashingNumberPattern, formatCertificateNumber, numberClashMessage, numberPatternProblem, romanMonth } from './numbering'

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

describe('clashingNumberPattern', () => {
  const other = (pattern: string, programYear = 2024) => ({ programName: 'Bimtek Lain', programYear, pattern })
  it('finds the same pattern of another program, and one that prints the same numbers', () => {
    expect(clashingNumberPattern('{seq}/SERT/BIMTEK/{province}/{month}/{year}', 2024, [other('{seq}/SERT/X/{year}'), other('{seq}/SERT/BIMTEK/{province}/{month}/{year}')])?.pattern)
      .toBe('{seq}/SERT/BIMTEK/{province}/{month}/{year}')
    // A literal year or month where the other has a token prints the same numbers in that year/month.
    expect(clashingNumberPattern('{seq}/SERT/A/{year}', 2024, [other('{seq}/SERT/A/2024')])).not.toBeNull()
    expect(clashingNumberPattern('{seq}/SERT/A/{month}', 2025, [other('{seq}/SERT/A/VI')])).not.toBeNull()
    expect(clashingNumberPattern('{seq}/SERT/A/32', 2025, [other('{seq}/SERT/A/{province}')])).not.toBeNull()
  })
  it('lets patterns that differ in a fixed part, or in the year they can print, through', () => {
    expect(clashingNumberPattern('{seq}/SERT/SPP-TIK/{province}/{month}/{year}', 2024, [other('{seq}/SERT/TBM/{province}/{month}/{year}')])).toBeNull()
    expect(clashingNumberPattern('{seq}/SERT/A/2026', 2026, [other('{seq}/SERT/A/2024', 2024)])).toBeNull()
    expect(clashingNumberPattern('{seq}/SERT/A/{year}', 2026, [other('{seq}/SERT/A/2024', 2024)])).not.toBeNull()
    expect(clashingNumberPattern('SERT/{tahun}', 2024, [other('SERT/{tahun}')])).toBeNull()
    expect(clashingNumberPattern('{seq}/A', 2024, [])).toBeNull()
  })
  it('says which program and pattern in the message', () => {
    expect(numberClashMessage(other('{seq}/SERT/X/{year}'))).toContain('"Bimtek Lain" ({seq}/SERT/X/{year})')
  })
})
