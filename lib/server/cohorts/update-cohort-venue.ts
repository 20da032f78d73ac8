import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { normalizePhone } from '@/lib/phone'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { cohortVenueWhere } from '@/lib/server/scope/where'
import { optionalTextField, textField } from '@/lib/server/validation'

export const cohortVenueInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  venue: textField('Nama tempat', { min: 3, max: 200 }),
  venueAddress: optionalTextField('Alamat tempat', { max: 300 }),
  city: textField('Kota', { min: 2, max: 100, minMessage: 'Kota wajib diisi.' }),
  contactName: optionalTextField('Nama narahubung', { max: 120 }),
  contactPhone: optionalTextField('Telepon narahubung', { max: 30 }),
})

const venueSelect = { id: true, venue: true, venueAddress: true, city: true, contactName: true, contactPhone: true } as const

/**
 * Venue and contact details of a cohort: the part an Operator Provinsi may edit in their own province.
 * Order: validate → scoped load → write with audit in one transaction.
 */
export async function updateCohortVenue(actor: Actor, raw: unknown) {
  const parsed = cohortVenueInput.safeParse(raw)
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Periksa kembali isian yang ditandai.', z.flattenError(parsed.error).fieldErrors)
  }
  const { cohortId, ...input } = parsed.data
  let contactPhone = input.contactPhone
  if (contactPhone) {
    const phone = normalizePhone(contactPhone)
    if (!phone.ok) throw new AppError('VALIDATION', 'Periksa kembali isian yang ditandai.', { contactPhone: [phone.message] })
    contactPhone = phone.phone
  }
  return db.$transaction(async (tx) => {
    const before = await tx.cohort.findFirst({ where: { AND: [cohortVenueWhere(actor), { id: cohortId }] }, select: venueSelect })
    if (!before) throw notFoundError('Kelas tidak ditemukan.')
    const after = await tx.cohort.update({ where: { id: cohortId }, data: { ...input, contactPhone }, select: venueSelect })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Cohort', entityId: cohortId, before, after })
    return after
  })
}
