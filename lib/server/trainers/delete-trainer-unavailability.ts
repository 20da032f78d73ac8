import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { trainerUnavailabilityWhere } from '@/lib/server/scope/where'

const deleteInput = z.object({ id: z.guid('Data tidak valid.') })

/** Removes an unavailable date range the actor may reach (another trainer's is not found). */
export async function deleteTrainerUnavailability(actor: Actor, raw: unknown) {
  const where = trainerUnavailabilityWhere(actor, 'delete')
  const { id } = parseOrThrow(deleteInput, raw)
  return db.$transaction(async (tx) => {
    const before = await tx.trainerUnavailability.findFirst({
      where: { AND: [where, { id }] },
      select: { id: true, trainerId: true, startDate: true, endDate: true, reason: true },
    })
    if (!before) throw notFoundError('Data ketidaktersediaan tidak ditemukan.')
    await tx.trainerUnavailability.delete({ where: { id } })
    await writeAuditLog(tx, actor, { action: 'delete', entity: 'TrainerUnavailability', entityId: id, before })
    return before
  })
}
