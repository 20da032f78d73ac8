import { randomInt } from 'node:crypto'

// Personal access codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S,
// 2/Z), shown as two groups ("K7QM-4RTX") so they can be read out over the phone and typed on a
// cheap keyboard. 24^8 ≈ 1.1 × 10^11 codes; sign-in is rate-limited per phone number.
const ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789'

export function generateAccessCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** What sign-in compares: upper case, without spaces or dashes, so "k7qm 4rtx" matches "K7QM-4RTX". */
export const normalizeAccessCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '')
