import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { sessionWhere } from '@/lib/server/scope/where'
import { isUuid } from '@/lib/server/validation'

/** A cohort's agenda in time order, within what the actor may read. */
export async function listCohortSessions(actor: Actor, cohortId: string) {
  // A malformed id matches no cohort (the page's own getter answers 404).
  if (!isUuid(cohortId)) return []
  return db.session.findMany({
    where: { AND: [sessionWhere(actor), { cohortId }] },
    orderBy: { startsAt: 'asc' },
    select: { id: true, kind: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true },
  })
}
