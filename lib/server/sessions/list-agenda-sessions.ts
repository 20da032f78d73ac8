import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { sessionWhere } from '@/lib/server/scope/where'
import { sessionSelect } from './session-input'
import { isUuid } from '@/lib/server/validation'

/** A cohort's agenda for editing: each session with its module and how many attendance marks it holds. */
export async function listAgendaSessions(actor: Actor, cohortId: string) {
  // A malformed id matches no cohort (the page's own getter answers 404).
  if (!isUuid(cohortId)) return []
  const sessions = await db.session.findMany({
    where: { AND: [sessionWhere(actor), { cohortId }] },
    orderBy: { startsAt: 'asc' },
    select: { ...sessionSelect, _count: { select: { marks: true } } },
  })
  return sessions.map(({ _count, ...s }) => ({ ...s, markCount: _count.marks }))
}

export type AgendaSession = Awaited<ReturnType<typeof listAgendaSessions>>[number]
