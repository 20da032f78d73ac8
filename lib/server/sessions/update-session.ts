import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { sessionWhere } from '@/lib/server/scope/where'
import { assertModuleOfProgram, assertNoOverlap, cohortFrameSelect, resolveSessionTimes, sessionFields, sessionSelect } from './session-input'

const updateSessionInput = z.object({ sessionId: z.guid('Sesi tidak valid.'), ...sessionFields })

/**
 * Moves or retimes a session (local date and times at the venue → UTC) and edits its content,
 * mode and meeting link. It must stay within the cohort's dates and overlap no other session.
 */
export async function updateSession(actor: Actor, raw: unknown) {
  const { sessionId, date, startTime, endTime, ...input } = parseOrThrow(updateSessionInput, raw)
  return db.$transaction(async (tx) => {
    const found = await tx.session.findFirst({
      where: { AND: [sessionWhere(actor, 'update'), { id: sessionId }] },
      select: { ...sessionSelect, cohort: { select: cohortFrameSelect } },
    })
    if (!found) throw notFoundError('Sesi tidak ditemukan.')
    const { cohort, ...before } = found
    const frame = { id: cohort.id, startDate: cohort.startDate, endDate: cohort.endDate, ...cohort.province }
    const times = resolveSessionTimes({ date, startTime, endTime }, frame)
    await assertModuleOfProgram(tx, input.moduleId, cohort.wave.programId)
    await assertNoOverlap(tx, frame, times, sessionId)
    const after = await tx.session.update({ where: { id: sessionId }, data: { ...input, ...times }, select: sessionSelect })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Session', entityId: sessionId, before, after })
    return after
  })
}
