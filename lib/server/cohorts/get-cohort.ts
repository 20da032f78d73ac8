import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** One cohort the actor may read. A cohort outside the actor's scope is reported as not found. */
export async function getCohortOrThrow(actor: Actor, id: string) {
  idOrNotFound(id, 'Kelas tidak ditemukan.')
  const cohort = await db.cohort.findFirst({
    where: { AND: [cohortWhere(actor), { id }] },
    select: {
      id: true, name: true, provinceCode: true, venue: true, venueAddress: true, city: true,
      startDate: true, endDate: true, quota: true, status: true, contactName: true, contactPhone: true,
      wave: { select: { number: true, mode: true, program: { select: { id: true, name: true } } } },
      province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
    },
  })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  return cohort
}
