import { describe, expect, it } from 'vitest'
import { generateAccessCode, normalizeAccessCode } from './access-code'

describe('access codes', () => {
  it('are two groups of four unambiguous characters, and differ', () => {
    const codes = Array.from({ length: 200 }, generateAccessCode)
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRTUVWXY346789]{4}-[ABCDEFGHJKMNPQRTUVWXY346789]{4}$/)
    expect(new Set(codes).size).toBe(200)
  })

  it('match however they are typed', () => {
    expect(normalizeAccessCode(' k7qm 4rtx ')).toBe('K7QM4RTX')
    expect(normalizeAccessCode('K7QM-4RTX')).toBe('K7QM4RTX')
    expect(normalizeAccessCode('TPBIS-2024')).toBe('TPBIS2024')
  })
})
