import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { assignmentWhere } from '@/lib/server/scope/where'

const deleteAssignmentInput = z.object({ assignmentId: z.guid('Penugasan tidak valid.') })

/** Removes a trainer from a cohort. */
export async function deleteAssignment(actor: Actor, raw: unknown) {
  const where = assignmentWhere(actor, 'delete')
  const { assignmentId } = parseOrThrow(deleteAssignmentInput, raw)
  return db.$transaction(async (tx) => {
    const before = await tx.trainerAssignment.findFirst({
      where: { AND: [where, { id: assignmentId }] },
      select: { id: true, trainerId: true, cohortId: true, role: true },
    })
    if (!before) throw notFoundError('Penugasan tidak ditemukan.')
    await tx.trainerAssignment.delete({ where: { id: assignmentId } })
    await writeAuditLog(tx, actor, { action: 'delete', entity: 'TrainerAssignment', entityId: assignmentId, before })
    return before
  })
}
