import 'server-only'
import { z } from 'zod'
import { AppError } from '@/lib/server/errors'

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

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDateField = (label: string) =>
  z.string({ error: `${label} wajib diisi.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} wajib diisi (format tanggal tidak valid).`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${label} tidak valid.`)

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
export const isUuid = (id: string) => z.guid().safeParse(id).success
