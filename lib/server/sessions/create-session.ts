import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { sessionWhere } from '@/lib/server/scope/where'
import { assertModuleOfProgram, assertNoOverlap, cohortFrameSelect, resolveSessionTimes, sessionFields, sessionSelect } from './session-input'

const createSessionInput = z.object({ cohortId: z.guid('Kelas tidak valid.'), ...sessionFields })

/** A new session on a cohort's agenda, at a local time within the cohort's dates that overlaps no other session. */
export async function createSession(actor: Actor, raw: unknown) {
  // The cohorts a session may be created in are those the session scope reaches.
  const cohortScope = (sessionWhere(actor, 'create').cohort ?? {}) as Prisma.CohortWhereInput
  const { cohortId, date, startTime, endTime, ...input } = parseOrThrow(createSessionInput, raw)
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({ where: { AND: [cohortScope, { id: cohortId }] }, select: cohortFrameSelect })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    const frame = { id: cohort.id, startDate: cohort.startDate, endDate: cohort.endDate, ...cohort.province }
    const times = resolveSessionTimes({ date, startTime, endTime }, frame)
    await assertModuleOfProgram(tx, input.moduleId, cohort.wave.programId)
    await assertNoOverlap(tx, frame, times)
    const session = await tx.session.create({ data: { cohortId, ...input, ...times }, select: sessionSelect })
    await writeAuditLog(tx, actor, { action: 'create', entity: 'Session', entityId: session.id, after: session })
    return session
  })
}
