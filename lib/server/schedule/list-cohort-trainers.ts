import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { assignmentWhere } from '@/lib/server/scope/where'
import { isUuid } from '@/lib/server/validation'

/** The trainers assigned to one cohort (lead first), within what the actor may read. */
export async function listCohortTrainers(actor: Actor, cohortId: string) {
  // A malformed id matches no cohort (the page's own getter answers 404).
  if (!isUuid(cohortId)) return []
  return db.trainerAssignment.findMany({
    where: { AND: [assignmentWhere(actor), { cohortId }] },
    orderBy: [{ role: 'asc' }, { trainer: { name: 'asc' } }],
    select: { id: true, role: true, trainer: { select: { name: true, phone: true, institution: true } } },
  })
}
