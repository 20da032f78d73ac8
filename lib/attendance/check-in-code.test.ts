import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, CODE_LENGTH, STEP_MS, checkInCodeAt, checkInSessionKey, currentCheckInCode, normaliseCheckInCode, timeStepOf, verifyCheckInCode } from './check-in-code'

const key = checkInSessionKey('test-secret', '0193a4b2-0000-7000-8000-000000000001')
const t0 = Date.UTC(2026, 11, 5, 1, 0, 0) // on a step boundary

describe('check-in codes', () => {
  it('are six characters of an alphabet without look-alikes', () => {
    for (const c of '0O1IL2Z5S8BQDUV') expect(CODE_ALPHABET).not.toContain(c)
    for (let s = 0; s < 200; s++) {
      const code = checkInCodeAt(key, timeStepOf(t0) + s)
      expect(code).toHaveLength(CODE_LENGTH)
      for (const c of code) expect(CODE_ALPHABET).toContain(c)
    }
  })

  it('rotate every 30 seconds and stay the same within a step', () => {
    const first = currentCheckInCode(key, t0)
    expect(currentCheckInCode(key, t0 + STEP_MS - 1).code).toBe(first.code)
    expect(first.changesAt.getTime()).toBe(t0 + STEP_MS)
    const codes = new Set(Array.from({ length: 50 }, (_, i) => currentCheckInCode(key, t0 + i * STEP_MS).code))
    expect(codes.size).toBeGreaterThan(45)
  })

  it('differ per session and per secret', () => {
    const step = timeStepOf(t0)
    expect(checkInCodeAt(checkInSessionKey('test-secret', 'another-session'), step)).not.toBe(checkInCodeAt(key, step))
    expect(checkInCodeAt(checkInSessionKey('other-secret', '0193a4b2-0000-7000-8000-000000000001'), step)).not.toBe(checkInCodeAt(key, step))
  })

  it('accept the current and the previous step, refuse two steps back as expired', () => {
    const { code, step } = currentCheckInCode(key, t0)
    expect(verifyCheckInCode(key, code, t0 + 5_000)).toEqual({ ok: true, step })
    expect(verifyCheckInCode(key, code, t0 + STEP_MS + 29_000)).toEqual({ ok: true, step })
    expect(verifyCheckInCode(key, code, t0 + 2 * STEP_MS)).toEqual({ ok: false, reason: 'EXPIRED' })
    expect(verifyCheckInCode(key, code, t0 + 60 * STEP_MS)).toEqual({ ok: false, reason: 'WRONG' })
  })

  it('refuse a code of the next step and a wrong code', () => {
    const next = checkInCodeAt(key, timeStepOf(t0) + 1)
    expect(verifyCheckInCode(key, next, t0).ok).toBe(false)
    const wrong = currentCheckInCode(key, t0).code.split('').reverse().join('')
    if (wrong !== currentCheckInCode(key, t0).code) expect(verifyCheckInCode(key, wrong, t0)).toMatchObject({ ok: false })
  })

  it('tolerate lower case, spaces and dashes as typed on a phone', () => {
    const { code } = currentCheckInCode(key, t0)
    const typed = ` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3)} `
    expect(normaliseCheckInCode(typed)).toBe(code)
    expect(verifyCheckInCode(key, typed, t0).ok).toBe(true)
    expect(verifyCheckInCode(key, `${code.slice(0, 3)}–${code.slice(3)}`, t0).ok).toBe(true)
  })

  it('call anything that cannot be a code malformed', () => {
    for (const typed of ['', 'ABC', 'ABCDEFG', 'A0CDEF', 'AB\u0000CDE', null, 42, 'x'.repeat(100)]) {
      expect(verifyCheckInCode(key, typed, t0)).toEqual({ ok: false, reason: 'MALFORMED' })
    }
  })
})
