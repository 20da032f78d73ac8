import 'server-only'
import { z } from 'zod'
import { AppError, notFoundError } from '@/lib/server/errors'

// Input handling shared by every use case: parsing with Indonesian field messages, the common
// field kinds, and the database errors that are the caller's fault.

export const validationError = (fieldErrors: Record<string, string[]>, message = 'Periksa kembali isian yang ditandai.') =>
  new AppError('VALIDATION', message, fieldErrors)

/** Parses raw input with a zod schema, or throws a VALIDATION error with every field's Indonesian message. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
  return parsed.data
}

/** PostgreSQL unique violation, as Prisma reports it through either adapter. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002'
}

/** A whole number from a form field ('' is missing, not 0). */
export const intField = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
    z.number({ error: `${label} wajib diisi dengan angka.` })
      .int(`${label} harus bilangan bulat.`)
      .min(min, `${label} minimal ${min}.`)
      .max(max, `${label} maksimal ${max}.`),
  )

/** A checkbox: 'on'/'true'/true is checked, anything else (absent) is not. */
export const checkboxField = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean())

// Characters no text field stores (decision 017): C0 controls other than tab, line feed and carriage
// return (those three are whitespace, handled per kind of field below), DEL, the C1 controls, and the
// bidirectional embeddings, overrides and isolates, which make a name display differently from what
// it is (U+202A–U+202E, U+2066–U+2069). PostgreSQL refuses NUL outright (22021).
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const FORBIDDEN_CHARS = new RegExp(FORBIDDEN_CHAR.source, 'g')
// Half of a UTF-16 pair without the other half: not a character, and not storable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')

/** Whether `text` holds a character no field may store (see FORBIDDEN_CHAR), or a lone surrogate. */
export const hasForbiddenChars = (text: string): boolean => FORBIDDEN_CHAR.test(text) || LONE_SURROGATE.test(text)

/** A single line: tabs and line breaks (a value pasted from a spreadsheet or a document) become one space. */
export const cleanLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim()

/** Drops the characters no field stores (see FORBIDDEN_CHAR) and lone surrogates. */
export const stripForbiddenChars = (text: string): string => text.replace(FORBIDDEN_CHARS, '').replace(LONE_SURROGATES, '')

/** Several lines (notes, reasons): line breaks become \n, tabs stay; the hidden characters are dropped. */
export const cleanMultiline = (text: string): string => stripForbiddenChars(text.replace(/\r\n?/g, '\n')).trim()

export const forbiddenCharsMessage = (label: string) =>
  `${label} berisi karakter tersembunyi yang tidak diizinkan (karakter kontrol atau pengubah arah teks). Ketik ulang isian ini.`

type TextOptions = {
  max: number
  min?: number
  /** Notes and reasons: line breaks and tabs are kept, the hidden characters dropped. */
  multiline?: boolean
  /** What a single-line field does with a hidden character: refuse it (the default), or drop it (file names). */
  hidden?: 'refuse' | 'strip'
  minMessage?: string
  maxMessage?: string
}

/**
 * A required free-text field (decision 017). Single-line fields (names, titles, places) refuse
 * hidden characters with a message beside the field: a name is identity data shown in lists, cards
 * and exports, and silently changing it would store something the officer did not type. Multi-line
 * fields (notes, reasons) drop them, since they come pasted from documents. Trimmed either way.
 */
export const textField = (label: string, { max, min = 1, multiline = false, hidden = 'refuse', minMessage, maxMessage }: TextOptions) =>
  z.string({ error: minMessage ?? `${label} wajib diisi.` })
    .overwrite(multiline ? cleanMultiline : hidden === 'strip' ? (v) => cleanLine(stripForbiddenChars(v)) : cleanLine)
    .refine((v) => !hasForbiddenChars(v), { message: forbiddenCharsMessage(label), abort: true })
    .min(min, minMessage ?? (min === 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`))
    .max(max, maxMessage ?? `Maksimal ${max} karakter.`)

// Names printed on certificates and cards (issue 12): a name a spreadsheet would read as a formula
// (= + - @, or their full-width forms) is refused outright, not stored for the exports to neutralise
// (decision 033). A person's name must hold a letter ("-", "123" and "." are placeholders, not names).
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/
const LETTER = /\p{L}/u

/** The problem of a name, without its label ("tidak boleh diawali …"), or null when it is fine. */
export function nameProblem(text: string, { person = false } = {}): string | null {
  if (FORMULA_START.test(text.trimStart())) return 'tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'
  if (person && text.trim() && !LETTER.test(text)) return 'harus berupa nama yang memuat huruf.'
  return null
}

/** A required name (a person's or an institution's): `textField` and `nameProblem`. */
export const nameField = (label: string, options: TextOptions & { person?: boolean }) =>
  textField(label, options).superRefine((v, ctx) => {
    const problem = nameProblem(v, { person: options.person })
    if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` })
  })

/** An optional free-text field with the rules of `textField`: absent, null or blank is null. */
export const optionalTextField = (label: string, options: Omit<TextOptions, 'min' | 'minMessage'>) =>
  textField(label, { ...options, min: 0 }).nullish().transform((v) => v || null)

/**
 * A text that is matched against a fixed shape (codes, e-mail, phone, clock times) before use: only
 * the hidden characters are refused here, the shape check after it does the rest.
 */
export const plainStringField = (label: string, max = 1000) =>
  z.string({ error: `${label} wajib diisi.` })
    .refine((v) => !hasForbiddenChars(v), { message: forbiddenCharsMessage(label), abort: true })
    .max(max, `Maksimal ${max} karakter.`)

/** The calendar dates the app accepts (decision 017): anything outside is a typing error, never stored. */
export const DATE_RANGES = {
  /** Waves, cohorts, sessions, unavailability: the years a programme can take place in (as a programme's year). */
  programme: { min: '2000-01-01', max: '2100-12-31' },
  /** Birth dates of participants (and any other person's date). */
  birth: { min: '1900-01-01', max: '2100-12-31' },
} as const
export type DateRange = { min: string; max: string }

const dmy = (iso: string) => iso.split('-').reverse().join('/')

/** Whether 'YYYY-MM-DD' is a date that exists. */
export const isExistingIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)

/** Whether a date lies in the range (both ends included). */
export const isDateInRange = (date: Date | string, range: DateRange): boolean => {
  const iso = typeof date === 'string' ? date : Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
  return /^\d{4}-/.test(iso) && iso >= range.min && iso <= range.max
}

/** A calendar date 'YYYY-MM-DD' that exists and lies in `range` (programme dates unless told). */
export const isoDateField = (label: string, range: DateRange = DATE_RANGES.programme) =>
  z.string({ error: `${label} wajib diisi.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label} wajib diisi (format tanggal tidak valid).`, abort: true })
    .refine(isExistingIsoDate, { message: `${label} tidak valid.`, abort: true })
    .refine((s) => isDateInRange(s, range), `${label} harus di antara ${dmy(range.min)} dan ${dmy(range.max)}.`)

/** A JSON form field (hidden input) or an already-parsed value (tests). */
export const jsonField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v
    try {
      return JSON.parse(v)
    } catch {
      return undefined
    }
  }, schema)

/**
 * Ids from the address bar: a malformed one is simply not found (PostgreSQL would reject it as uuid).
 * `guid` accepts every id PostgreSQL's uuid type stores, not only RFC 9562 versions (rows made by SQL,
 * e.g. md5(…)::uuid, are ids too).
 */
export const isUuid = (id: unknown): id is string => typeof id === 'string' && z.guid().safeParse(id).success

/**
 * The one check every domain function that takes an id from an address or a form runs before its
 * query: a malformed id is a row that does not exist (NOT_FOUND → the 404 page), never a database error.
 */
export function idOrNotFound(id: unknown, message = 'Data tidak ditemukan.'): string {
  if (!isUuid(id)) throw notFoundError(message)
  return id
}
