import 'server-only'
import type { AssessmentKind } from '@/generated/prisma/enums'
import { parseScore, SCORE_FIELDS, SCORE_FORMAT_MESSAGE, type ScoreField } from '@/lib/assessments/score'
import { forbiddenCharsMessage, hasForbiddenChars, isUuid } from '@/lib/server/validation'

// The score form's fields: `pre.<enrolmentId>` and `post.<enrolmentId>` hold the typed score (blank:
// not taken); `was.pre.<enrolmentId>` and `was.post.<enrolmentId>` the score the form showed when it
// was opened, so a score someone else changed in between is not overwritten unseen. Any other
// field is ignored. Every field's problem is collected, so the form shows them all at once.

export type ScoreEntry = {
  /** The form field, for its error message. */
  field: string
  kind: AssessmentKind
  enrolmentId: string
  /** Hundredths; null: not taken (a stored score is removed). */
  hundredths: number | null
  /** What the form showed when opened (hundredths or null), or undefined when the form did not say. */
  was: number | null | undefined
}

/** Far above any cohort (two scores a participant), far below what a form post may carry. */
export const MAX_SCORE_FIELDS = 4_000

const FIELD = /^(was\.)?(pre|post)\.(.*)$/s
const NOT_IN_COHORT = 'Peserta ini tidak terdaftar di kelas ini.'
// A field name goes back to the form beside its error: a crafted one is cut to a sane length.
const fieldName = (key: string) => key.slice(0, 60)

function readScore(value: unknown): { hundredths: number | null } | { message: string } {
  if (typeof value !== 'string') return { message: SCORE_FORMAT_MESSAGE }
  if (hasForbiddenChars(value)) return { message: forbiddenCharsMessage('Nilai') }
  const parsed = parseScore(value)
  return parsed.ok ? { hundredths: parsed.hundredths } : { message: parsed.message }
}

export function readScoreFields(raw: Record<string, unknown>): { entries: ScoreEntry[]; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {}
  const typed = new Map<string, ScoreEntry>()
  const shown = new Map<string, number | null | 'invalid'>()
  let count = 0
  for (const [key, value] of Object.entries(raw)) {
    const match = FIELD.exec(key)
    if (!match) continue
    const [, was, prefix, enrolmentId] = match
    if (++count > MAX_SCORE_FIELDS) {
      errors.form = [`Terlalu banyak isian nilai dalam satu simpanan (paling banyak ${MAX_SCORE_FIELDS / 2} peserta).`]
      break
    }
    const field = `${prefix}.${enrolmentId}`
    if (!isUuid(enrolmentId)) {
      errors[fieldName(field)] = [NOT_IN_COHORT]
      continue
    }
    const score = readScore(value)
    if (was) {
      shown.set(field, 'hundredths' in score ? score.hundredths : 'invalid')
      continue
    }
    if ('message' in score) errors[field] = [score.message]
    else typed.set(field, { field, kind: SCORE_FIELDS[prefix as ScoreField], enrolmentId, hundredths: score.hundredths, was: undefined })
  }
  const entries = [...typed.values()].map((entry) => {
    const before = shown.get(entry.field)
    // A form value we did not write is treated as a form opened before any change: the stale check refuses it.
    return { ...entry, was: before === 'invalid' ? Number.NaN : before }
  })
  return { entries, errors }
}
