import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { requireAccess } from '@/lib/server/scope/access'
import type { ImportSummary } from './import-batch-types'

/**
 * The actor's own latest uploads, newest first: a preview survives a reload or a dropped connection
 * and can be reopened (and confirmed) from here, on any instance.
 */
export async function listRecentImports(actor: Actor, take = 10) {
  requireAccess(actor, 'create', 'import')
  const batches = await db.importBatch.findMany({
    where: { createdById: actor.userId, cohortId: { not: null } },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, fileName: true, status: true, error: true, summary: true, cohortId: true, createdAt: true, committedAt: true },
  })
  const cohorts = await db.cohort.findMany({
    where: { id: { in: batches.map((b) => b.cohortId!) } },
    select: { id: true, name: true, province: { select: { timeZone: true, timeZoneLabel: true } } },
  })
  const cohortById = new Map(cohorts.map((c) => [c.id, c]))
  return batches.flatMap((b) => {
    const cohort = cohortById.get(b.cohortId!)
    return cohort ? [{ ...b, summary: b.summary as ImportSummary | null, cohortName: cohort.name, ...cohort.province }] : []
  })
}
