import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { assignmentWhere, trainerWhere } from '@/lib/server/scope/where'
import { trainerSelect } from './trainer-fields'

/** One trainer profile with their assignments (cohort, dates, role), oldest first. */
export async function getTrainerOrThrow(actor: Actor, id: string) {
  const where = trainerWhere(actor)
  // PostgreSQL rejects a malformed uuid outright; to the caller it is simply no such trainer.
  idOrNotFound(id, 'Pelatih tidak ditemukan.')
  const trainer = await db.trainer.findFirst({
    where: { AND: [where, { id }] },
    select: {
      ...trainerSelect,
      homeProvince: { select: { name: true } },
      user: { select: { email: true, active: true } },
      assignments: {
        where: assignmentWhere(actor),
        orderBy: { cohort: { startDate: 'asc' } },
        select: {
          id: true, role: true,
          cohort: {
            select: {
              id: true, name: true, city: true, startDate: true, endDate: true, status: true,
              province: { select: { name: true } },
              wave: { select: { id: true, number: true, program: { select: { name: true } } } },
            },
          },
        },
      },
    },
  })
  if (!trainer) throw notFoundError('Pelatih tidak ditemukan.')
  return trainer
}
