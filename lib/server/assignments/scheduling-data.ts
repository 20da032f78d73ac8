import 'server-only'
import { lockKeys } from '@/lib/server/advisory-locks'
import type { Prisma } from '@/generated/prisma/client'
import { bookingLabel, type Booking, type Unavailable } from '@/lib/scheduling/conflicts'
import type { Tx } from '@/lib/server/db'
import { fromDbDate } from '@/lib/server/trainers/unavailability-input'

// What the conflict rules need from the database, as the pure types of lib/scheduling: each
// trainer's bookings (every assignment, in every wave) and unavailable ranges. A cancelled
// cohort keeps nobody busy.

export const ACTIVE_COHORT: Prisma.CohortWhereInput = { status: { not: 'CANCELLED' } }

const cohortBookingSelect = { id: true, name: true, provinceCode: true, startDate: true, endDate: true } as const
type CohortForBooking = Prisma.CohortGetPayload<{ select: typeof cohortBookingSelect }>

export function toBooking(cohort: CohortForBooking): Booking {
  const startDate = fromDbDate(cohort.startDate)
  const endDate = fromDbDate(cohort.endDate)
  return { cohortId: cohort.id, provinceCode: cohort.provinceCode, startDate, endDate, label: bookingLabel(cohort.name, startDate, endDate) }
}

/** Bookings per trainer; `trainerIds` undefined = every trainer. */
export async function loadBookings(tx: Tx, trainerIds?: string[]): Promise<Map<string, Booking[]>> {
  const rows = await tx.trainerAssignment.findMany({
    where: { ...(trainerIds && { trainerId: { in: trainerIds } }), cohort: ACTIVE_COHORT },
    orderBy: { cohort: { startDate: 'asc' } },
    select: { trainerId: true, cohort: { select: cohortBookingSelect } },
  })
  const byTrainer = new Map<string, Booking[]>()
  for (const row of rows) {
    const list = byTrainer.get(row.trainerId) ?? []
    list.push(toBooking(row.cohort))
    byTrainer.set(row.trainerId, list)
  }
  return byTrainer
}

/** Unavailable ranges per trainer; `trainerIds` undefined = every trainer. */
export async function loadUnavailability(tx: Tx, trainerIds?: string[]): Promise<Map<string, Unavailable[]>> {
  const rows = await tx.trainerUnavailability.findMany({
    where: trainerIds ? { trainerId: { in: trainerIds } } : {},
    orderBy: { startDate: 'asc' },
    select: { trainerId: true, startDate: true, endDate: true, reason: true },
  })
  const byTrainer = new Map<string, Unavailable[]>()
  for (const row of rows) {
    const list = byTrainer.get(row.trainerId) ?? []
    list.push({ startDate: fromDbDate(row.startDate), endDate: fromDbDate(row.endDate), reason: row.reason })
    byTrainer.set(row.trainerId, list)
  }
  return byTrainer
}

/**
 * Serialises every assignment change touching these trainers or cohorts until the transaction
 * ends: two admins assigning the same trainer at once cannot both pass the conflict check.
 * Keys are locked in one global order so that concurrent callers never deadlock.
 */
export const lockForScheduling = (tx: Tx, ids: string[]): Promise<void> => lockKeys(tx, ids)
