import { describe, expect, it } from 'vitest'
import { normalizePhone } from './phone'

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['(0812) 3456.7890', '+6281234567890'],
    ["'081234567890", '+6281234567890'],
    ['0812-345-678', '+62812345678'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, phone: expected })
  })

  it.each([
    ['', 'wajib'],
    ['   ', 'wajib'],
    ['0812-3456-ABCD', 'angka'],
    ['+1 202 555 0100', '+62'],
    ['022-1234567', 'seluler'], // a landline
    ['0812345', 'seluler'], // too short
    ['0812345678901234', 'seluler'], // too long
  ])('rejects %j with a message about %s', (raw, fragment) => {
    const result = normalizePhone(raw)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain(fragment)
  })
})
