import 'server-only'
import { z } from 'zod'
import { InstitutionType } from '@/generated/prisma/enums'
import { parseNik } from '@/lib/nik'
import { normalizePhone } from '@/lib/phone'
import type { Actor } from '@/lib/auth/actor'
import { AppError, type FieldRef } from '@/lib/server/errors'
import { participantWhere } from '@/lib/server/scope/where'
import type { Tx } from '@/lib/server/db'
import { nameField, optionalTextField, validationError } from '@/lib/server/validation'

// The fields of a participant, shared by registration and editing. Sex and birth date come from
// the NIK (it encodes both), so the form does not ask for them.

export const nikField = z.string().nullish().transform((v, ctx) => {
  const parsed = parseNik(v)
  if (parsed.ok) return parsed
  ctx.addIssue({ code: 'custom', message: parsed.message })
  return z.NEVER
})

/** On edit the NIK is never shown, so blank keeps the stored one. */
export const optionalNikField = z.string().nullish().transform((v, ctx) => {
  if (!v?.trim()) return null
  const parsed = parseNik(v)
  if (parsed.ok) return parsed
  ctx.addIssue({ code: 'custom', message: parsed.message })
  return z.NEVER
})

export const participantFields = z.object({
  name: nameField('Nama', { min: 3, max: 120, person: true }),
  phone: z.string().nullish().transform((v, ctx) => {
    const phone = normalizePhone(v)
    if (phone.ok) return phone.phone
    ctx.addIssue({ code: 'custom', message: phone.message })
    return z.NEVER
  }),
  email: z.string().trim().toLowerCase().max(254, 'Maksimal 254 karakter.').nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || z.email().safeParse(v).success, 'Alamat e-mail tidak valid, mis. nama@contoh.id.'),
  institutionType: z.enum(InstitutionType, { error: 'Pilih jenis lembaga.' }),
  institutionName: nameField('Nama lembaga', { min: 3, max: 200 }),
  npp: optionalTextField('NPP', { max: 40 }),
  regencyCode: z.string({ error: 'Pilih kabupaten/kota.' }).regex(/^\d{2}\.\d{2}$/, 'Pilih kabupaten/kota.'),
  villageCode: z.string().trim().nullish().transform((v) => v || null)
    .refine((v) => v === null || /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(v), 'Pilih desa/kelurahan dari daftar.'),
})

export type ParticipantFields = z.output<typeof participantFields>

export const participantSelect = {
  id: true, name: true, nikMasked: true, sex: true, birthDate: true, phone: true, email: true,
  institutionType: true, institutionName: true, npp: true, villageCode: true, regencyCode: true, provinceCode: true, nikIssuedProvinceCode: true,
} as const

export const duplicateNikError = () => validationError({ nik: ['NIK ini sudah terdaftar sebagai peserta lain.'] }, 'NIK sudah terdaftar. Tidak ada yang disimpan.')
export const duplicatePhoneError = () => validationError({ phone: ['Nomor HP ini sudah dipakai peserta lain.'] }, 'Nomor HP sudah terdaftar. Tidak ada yang disimpan.')

/**
 * The province that issued a NIK (its first two digits) when it is not `provinceCode`, else null.
 * People move: such a NIK is accepted, and this code is stored with the participant so that the
 * warning stays visible (decision 033).
 */
export const nikIssuedProvinceOf = (nik: { regionPrefix: { provinceCode: string } }, provinceCode: string): string | null =>
  nik.regionPrefix.provinceCode === provinceCode ? null : nik.regionPrefix.provinceCode

/** The regency must lie in `provinceCode` and the village (when given) in that regency; both mismatches are reported at once. */
export async function assertRegion(
  tx: Tx,
  input: { regencyCode: string; villageCode: string | null },
  provinceCode: string,
): Promise<void> {
  const [regency, village, province] = await Promise.all([
    tx.regency.findUnique({ where: { code: input.regencyCode }, select: { provinceCode: true } }),
    input.villageCode ? tx.village.findUnique({ where: { code: input.villageCode }, select: { district: { select: { regencyCode: true } } } }) : null,
    tx.province.findUnique({ where: { code: provinceCode }, select: { name: true } }),
  ])
  const errors: Record<string, string[]> = {}
  if (!regency || regency.provinceCode !== provinceCode) errors.regencyCode = [`Kabupaten/kota tidak berada di Provinsi ${province?.name ?? provinceCode}.`]
  if (input.villageCode && (!village || village.district.regencyCode !== input.regencyCode)) errors.villageCode = ['Desa/kelurahan tidak berada di kabupaten/kota yang dipilih.']
  if (Object.keys(errors).length) throw validationError(errors)
}

/**
 * Unique NIK and phone, checked before writing so the form gets a field message (the constraints
 * still guard races). The message names who already has it when the actor may read that participant
 * (with a link, through `fieldRefs`); otherwise it only says another province has them: a name
 * outside the actor's scope never leaves the server.
 */
export async function assertUnique(tx: Tx, actor: Actor, input: { nikHash?: string; phone: string }, exceptId?: string): Promise<void> {
  const [byNik, byPhone] = await Promise.all([
    input.nikHash ? tx.participant.findUnique({ where: { nikHash: input.nikHash }, select: { id: true } }) : null,
    tx.participant.findUnique({ where: { phone: input.phone }, select: { id: true } }),
  ])
  const clashes = { nik: byNik && byNik.id !== exceptId ? byNik.id : null, phone: byPhone && byPhone.id !== exceptId ? byPhone.id : null }
  const ids = [...new Set([clashes.nik, clashes.phone].filter((id): id is string => !!id))]
  if (!ids.length) return
  const readable = new Map((await tx.participant.findMany({
    where: { AND: [participantWhere(actor, 'read'), { id: { in: ids } }] },
    select: { id: true, name: true },
  })).map((p) => [p.id, p]))
  const errors: Record<string, string[]> = {}
  const refs: Record<string, FieldRef> = {}
  for (const field of ['nik', 'phone'] as const) {
    const id = clashes[field]
    if (!id) continue
    const owner = readable.get(id)
    const what = field === 'nik' ? 'NIK ini' : 'Nomor HP ini'
    if (owner) {
      errors[field] = [`${what} sudah terdaftar atas nama ${owner.name}.`]
      refs[field] = { kind: 'participant', id: owner.id, name: owner.name }
    } else {
      errors[field] = [`${what} sudah terdaftar di provinsi lain — hubungi Admin Pusat.`]
    }
  }
  throw new AppError('VALIDATION', errors.nik ? 'NIK sudah terdaftar. Tidak ada yang disimpan.' : 'Nomor HP sudah terdaftar. Tidak ada yang disimpan.', errors, refs)
}

/** A unique violation from a race: which column it hit, as an Indonesian field error. */
export function duplicateFromUniqueViolation(e: unknown): AppError {
  const target = JSON.stringify((e as { meta?: unknown }).meta ?? '')
  return /phone/.test(target) ? duplicatePhoneError() : duplicateNikError()
}
