import { describe, expect, it } from 'vitest'
import { groupedCode, newVerificationCode, normaliseVerificationCode, VERIFICATION_ALPHABET } from './verification-code'

describe('verification codes', () => {
  it('are 12 characters without look-alikes, and differ', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode)
    for (const code of codes) expect(code).toMatch(/^[34679ACEFGHJKMNPRTWXY]{12}$/)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of '0O1IL2Z5S8BUVQD') expect(VERIFICATION_ALPHABET).not.toContain(c)
  })

  it('are read back as typed: any case, grouped with dashes or spaces', () => {
    const code = newVerificationCode()
    expect(normaliseVerificationCode(groupedCode(code).toLowerCase())).toBe(code)
    expect(normaliseVerificationCode(` ${groupedCode(code).replaceAll('-', ' ')} `)).toBe(code)
    expect(normaliseVerificationCode('K7QM4RTX9CHW')).toBeNull() // Q is not in the alphabet
    expect(normaliseVerificationCode('ABC')).toBeNull()
    expect(normaliseVerificationCode(42)).toBeNull()
  })
})
