// The rotating self check-in code: six characters that change every 30 seconds, derived from a
// per-session key and the time step (TOTP-like, RFC 6238's idea with our own alphabet). Nothing is
// stored: every instance that knows the app's secret derives the same key and the same codes.
// Pure (node:crypto only) so that the server, the unit tests and the e2e tests share it.
import { createHmac, timingSafeEqual } from 'node:crypto'

/** No look-alikes: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V; easy to read off a projector and to type. */
export const CODE_ALPHABET = '34679ACEFGHJKMNPRTWXY'
export const CODE_LENGTH = 6
export const STEP_MS = 30_000
/** How far back a code is still recognised, only to tell "expired" from "wrong" (never accepted). */
const EXPIRED_LOOKBACK_STEPS = 20

/** The key of one session's codes: HMAC key derivation from the app's secret, so no per-session secret is stored. */
export function checkInSessionKey(appSecret: string, sessionId: string): Buffer {
  return createHmac('sha256', appSecret).update(`bimtek:check-in-code:v1:${sessionId}`).digest()
}

export const timeStepOf = (at: Date | number) => Math.floor((typeof at === 'number' ? at : at.getTime()) / STEP_MS)

/** The code of one time step. */
export function checkInCodeAt(sessionKey: Buffer, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const digest = createHmac('sha256', sessionKey).update(counter).digest()
  let code = ''
  // 32 bits per character: the modulo bias over an alphabet of 21 is below 1e-8.
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[digest.readUInt32BE(i * 4) % CODE_ALPHABET.length]
  return code
}

/** The code to show at `at`, and when it is replaced. */
export function currentCheckInCode(sessionKey: Buffer, at: Date | number) {
  const step = timeStepOf(at)
  return { code: checkInCodeAt(sessionKey, step), step, changesAt: new Date((step + 1) * STEP_MS) }
}

/** What a participant typed, as a code: upper case, without spaces and dashes; null when it cannot be one. */
export function normaliseCheckInCode(typed: unknown): string | null {
  if (typeof typed !== 'string' || typed.length > 40) return null
  const code = typed.replace(/[\s\-‐-―]/g, '').toUpperCase()
  if (code.length !== CODE_LENGTH) return null
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null
  return code
}

export type CodeCheck = { ok: true; step: number } | { ok: false; reason: 'MALFORMED' | 'EXPIRED' | 'WRONG' }

const same = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Whether `typed` is the code of the current or the previous step at `at` (the previous one covers a
 * code read just before it changed). An older code of the last ten minutes is EXPIRED, anything else
 * WRONG. Every candidate is compared in constant time, and all of them always, so the time taken
 * says nothing about which step matched.
 */
export function verifyCheckInCode(sessionKey: Buffer, typed: unknown, at: Date | number): CodeCheck {
  const code = normaliseCheckInCode(typed)
  if (!code) return { ok: false, reason: 'MALFORMED' }
  const now = timeStepOf(at)
  let accepted: number | null = null
  let expired = false
  for (let back = 0; back <= EXPIRED_LOOKBACK_STEPS; back++) {
    const matches = same(code, checkInCodeAt(sessionKey, now - back))
    if (matches && back <= 1 && accepted === null) accepted = now - back
    else if (matches && back > 1) expired = true
  }
  if (accepted !== null) return { ok: true, step: accepted }
  return { ok: false, reason: expired ? 'EXPIRED' : 'WRONG' }
}
