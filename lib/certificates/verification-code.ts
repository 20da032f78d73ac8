// The verification code in a certificate's QR link (/v/{code}) and typed on the public page:
// 12 characters from an alphabet without look-alikes (no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V),
// about 53 bits: not guessable at the verification page's rate limit.
import { randomInt } from 'node:crypto'
import { CODE_ALPHABET } from '@/lib/attendance/check-in-code'

export const VERIFICATION_ALPHABET = CODE_ALPHABET
export const VERIFICATION_CODE_LENGTH = 12

export function newVerificationCode(): string {
  let code = ''
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++) code += VERIFICATION_ALPHABET[randomInt(VERIFICATION_ALPHABET.length)]
  return code
}

/** What someone typed, as a code: upper case, without spaces and dashes; null when it cannot be one. */
export function normaliseVerificationCode(typed: unknown): string | null {
  if (typeof typed !== 'string' || typed.length > 60) return null
  const code = typed.replace(/[\s\-‐-―]/g, '').toUpperCase()
  if (code.length !== VERIFICATION_CODE_LENGTH) return null
  for (const c of code) if (!VERIFICATION_ALPHABET.includes(c)) return null
  return code
}

/** "K7QM-4RTX-9CHW": easier to read aloud and to type. */
export const groupedCode = (code: string) => code.match(/.{1,4}/g)!.join('-')
