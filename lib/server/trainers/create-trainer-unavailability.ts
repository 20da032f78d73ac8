import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { requireAccess, trainerOf } from '@/lib/server/scope/access'
import { toDbDate, unavailabilityRange } from './unavailability-input'

const createInput = z.object({
  // Admin Pusat names the trainer; a trainer's own rows need no id (and may not name anyone else).
  trainerId: z.guid('Pelatih tidak valid.').optional().or(z.literal('').transform(() => undefined)),
}).and(unavailabilityRange)

const select = { id: true, trainerId: true, startDate: true, endDate: true, reason: true } as const

/**
 * Records dates a trainer cannot teach. A range over an existing assignment is still recorded (the
 * trainer cannot come either way), and the affected assignments are returned so the page can warn.
 */
export async function createTrainerUnavailability(actor: Actor, raw: unknown) {
  const access = requireAccess(actor, 'create', 'trainer-unavailability')
  const input = parseOrThrow(createInput, raw)
  const trainerId = access === 'any' ? input.trainerId : trainerOf(actor)
  if (!trainerId || (access !== 'any' && input.trainerId && input.trainerId !== trainerId)) throw notFoundError('Pelatih tidak ditemukan.')
  const startDate = toDbDate(input.startDate)
  const endDate = toDbDate(input.endDate)
  return db.$transaction(async (tx) => {
    if (!(await tx.trainer.findUnique({ where: { id: trainerId }, select: { id: true } }))) throw notFoundError('Pelatih tidak ditemukan.')
    const unavailability = await tx.trainerUnavailability.create({ data: { trainerId, startDate, endDate, reason: input.reason }, select })
    await writeAuditLog(tx, actor, { action: 'create', entity: 'TrainerUnavailability', entityId: unavailability.id, after: unavailability })
    const affectedAssignments = await tx.trainerAssignment.findMany({
      where: { trainerId, cohort: { startDate: { lte: endDate }, endDate: { gte: startDate } } },
      orderBy: { cohort: { startDate: 'asc' } },
      select: { id: true, role: true, cohort: { select: { id: true, name: true, startDate: true, endDate: true, wave: { select: { number: true } } } } },
    })
    return { unavailability, affectedAssignments }
  })
}
