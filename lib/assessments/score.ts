// Test scores as a trainer types them ("87,5" or "87.5"; blank = not taken) and as the app shows them
// (Indonesian decimal comma). Held as whole hundredths, the precision of the column (Decimal(5,2)),
// so comparing a typed score with a stored one never meets a float. Pure: the score form, the save
// on the server and the certificate rule share it.

import type { AssessmentKind } from '@/generated/prisma/enums'

export const MAX_SCORE = 100

/** Form field prefixes and the kind each one records. */
export const SCORE_FIELDS = { pre: 'PRE_TEST', post: 'POST_TEST' } as const satisfies Record<string, AssessmentKind>
export type ScoreField = keyof typeof SCORE_FIELDS

export type ParsedScore = { ok: true; hundredths: number | null } | { ok: false; message: string }

export const SCORE_FORMAT_MESSAGE = 'Nilai harus berupa angka 0–100, misalnya 87 atau 87,5.'
const SHAPE = /^(\d+)(?:[.,](\d+))?$/

/** A typed score: blank is "not taken" (null); otherwise 0–100 with at most two decimals, comma or dot. */
export function parseScore(text: string): ParsedScore {
  const value = text.trim()
  if (value === '') return { ok: true, hundredths: null }
  if (/^[-−]\s*\d/.test(value)) return { ok: false, message: 'Nilai tidak boleh kurang dari 0.' }
  const match = SHAPE.exec(value)
  if (!match) return { ok: false, message: SCORE_FORMAT_MESSAGE }
  const [, whole, decimals = ''] = match
  if (decimals.length > 2) return { ok: false, message: 'Nilai paling banyak dua angka di belakang koma.' }
  // Leading zeros aside ("087"), more than three digits is over 100 whatever follows.
  const digits = whole.replace(/^0+(?=\d)/, '')
  if (digits.length > 3) return { ok: false, message: `Nilai tidak boleh lebih dari ${MAX_SCORE}.` }
  const hundredths = Number(digits) * 100 + Number(decimals.padEnd(2, '0'))
  if (hundredths > MAX_SCORE * 100) return { ok: false, message: `Nilai tidak boleh lebih dari ${MAX_SCORE}.` }
  return { ok: true, hundredths }
}

/** A stored score (a number, or a Decimal as its string) in hundredths. */
export const toHundredths = (score: number | string | { toString(): string }): number => Math.round(Number(String(score)) * 100)

/** 8750 → "87.50", the column's text form. */
export const hundredthsToDecimal = (hundredths: number): string => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`

/** 8750 → "87,5", 9000 → "90", 8725 → "87,25"; null → "". */
export function formatHundredths(hundredths: number | null): string {
  if (hundredths === null) return ''
  const whole = Math.floor(hundredths / 100)
  const rest = hundredths % 100
  if (rest === 0) return String(whole)
  return `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

/** A score as a number (57.5) in Indonesian: "57,5". */
export const formatScore = (score: number): string => formatHundredths(toHundredths(score))
