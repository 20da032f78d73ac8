import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { sessionWhere } from '@/lib/server/scope/where'

/** A cohort's agenda in time order, within what the actor may read. */
export async function listCohortSessions(actor: Actor, cohortId: string) {
  return db.session.findMany({
    where: { AND: [sessionWhere(actor), { cohortId }] },
    orderBy: { startsAt: 'asc' },
    select: { id: true, kind: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true },
  })
}
