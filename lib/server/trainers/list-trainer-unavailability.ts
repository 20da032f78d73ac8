import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { trainerUnavailabilityWhere } from '@/lib/server/scope/where'
import { isUuid } from '@/lib/server/validation'

/** Unavailable date ranges the actor may read (a trainer: their own), optionally of one trainer, by start date. */
export async function listTrainerUnavailability(actor: Actor, trainerId?: string) {
  // A malformed id matches no trainer (the page's own getter answers 404).
  if (trainerId !== undefined && !isUuid(trainerId)) return []
  return db.trainerUnavailability.findMany({
    where: { AND: [trainerUnavailabilityWhere(actor), trainerId ? { trainerId } : {}] },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    select: { id: true, startDate: true, endDate: true, reason: true },
  })
}
