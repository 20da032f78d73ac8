import 'server-only'
import { z } from 'zod'
import { normalizePhone } from '@/lib/phone'
import { forbiddenCharsMessage, hasForbiddenChars, optionalTextField, textField } from '@/lib/server/validation'

// The fields of a trainer profile, shared by the form (create, update) and the Excel import.

const MAX_TAGS = 15
const MAX_TAG_LENGTH = 60

/** "Advokasi, literasi digital ,Advokasi" → ["Advokasi", "literasi digital"]: trimmed, no empties, no repeats (ignoring case). */
export function parseExpertise(raw: string | string[] | null | undefined): string[] {
  const parts = (Array.isArray(raw) ? raw : (raw ?? '').split(/[,;\n]/)).map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean)
  const seen = new Set<string>()
  return parts.filter((t) => {
    const key = t.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// A checkbox arrives as "true"/"on" (checked) or "false" (the hidden field before it); plain calls pass booleans.
const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => (typeof v === 'boolean' ? v : v === undefined ? true : ['true', 'on', '1'].includes(v)))

export const trainerFields = z.object({
  name: textField('Nama', { min: 3, max: 120 }),
  email: z
    .string({ error: 'E-mail wajib diisi.' })
    .trim()
    .toLowerCase()
    .min(1, 'E-mail wajib diisi.')
    .max(254, 'Maksimal 254 karakter.')
    .pipe(z.email('Alamat e-mail tidak valid, mis. nama@contoh.id.')),
  phone: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v?.trim()) return null
      const phone = normalizePhone(v)
      if (phone.ok) return phone.phone
      ctx.addIssue({ code: 'custom', message: phone.message })
      return z.NEVER
    }),
  homeProvinceCode: z.string({ error: 'Pilih provinsi asal.' }).regex(/^\d{2}$/, 'Pilih provinsi asal.'),
  institution: optionalTextField('Instansi', { max: 200 }),
  expertise: z
    .union([z.string(), z.array(z.string())])
    .nullish()
    .transform(parseExpertise)
    .refine((tags) => tags.every((t) => !hasForbiddenChars(t)), { message: forbiddenCharsMessage('Keahlian'), abort: true })
    .refine((tags) => tags.length <= MAX_TAGS, `Maksimal ${MAX_TAGS} keahlian.`)
    .refine((tags) => tags.every((t) => t.length <= MAX_TAG_LENGTH), `Setiap keahlian maksimal ${MAX_TAG_LENGTH} karakter.`),
  active: checkbox,
})

export type TrainerFields = z.output<typeof trainerFields>

export const trainerSelect = {
  id: true, name: true, email: true, phone: true, homeProvinceCode: true, institution: true, expertise: true, active: true,
} as const
