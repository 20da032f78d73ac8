import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { findConflicts } from '@/lib/scheduling/conflicts'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere, trainerWhere } from '@/lib/server/scope/where'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { loadBookings, loadUnavailability, lockForScheduling, toBooking } from './scheduling-data'

const createAssignmentInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  trainerId: z.guid('Pilih pelatih.'),
  role: z.enum(['LEAD', 'SUPPORT'], 'Pilih peran pelatih.'),
})

const refused = (reasons: string[]) =>
  new AppError('CONFLICT', `Pelatih tidak dapat ditugaskan. ${reasons.join(' ')}`, { trainerId: reasons })

/**
 * Assigns a trainer to a cohort as LEAD or SUPPORT, after the conflict rules (no overlapping
 * cohorts, no unavailable dates, the travel gap between provinces) and at most one LEAD per cohort.
 * The check and the insert run under advisory locks on the trainer and the cohort.
 */
export async function createAssignment(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'create', 'assignment') !== 'any') throw forbiddenError()
  const input = parseOrThrow(createAssignmentInput, raw)
  const rules = await getSchedulingSettings()
  try {
    return await db.$transaction(async (tx) => {
      await lockForScheduling(tx, [input.trainerId, input.cohortId])
      const cohort = await tx.cohort.findFirst({
        where: { AND: [cohortWhere(actor), { id: input.cohortId }] },
        select: { id: true, name: true, provinceCode: true, startDate: true, endDate: true, status: true },
      })
      if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
      if (cohort.status === 'CANCELLED') throw refused(['Kelas ini dibatalkan.'])
      const trainer = await tx.trainer.findFirst({ where: { AND: [trainerWhere(actor), { id: input.trainerId }] }, select: { id: true, name: true, active: true } })
      if (!trainer) throw notFoundError('Pelatih tidak ditemukan.')
      if (!trainer.active) throw refused([`${trainer.name} berstatus nonaktif.`])
      // Every reason at once: advising "assign as SUPPORT" while a date conflict waits behind it only
      // sends the admin into a second refusal. The trainer's own LEAD role is an ALREADY_ASSIGNED conflict.
      const reasons: string[] = []
      if (input.role === 'LEAD') {
        const lead = await tx.trainerAssignment.findFirst({
          where: { cohortId: cohort.id, role: 'LEAD', trainerId: { not: trainer.id } },
          select: { trainer: { select: { name: true } } },
        })
        if (lead) reasons.push(`${cohort.name} sudah memiliki pelatih utama (${lead.trainer.name}). Tugaskan sebagai pendamping, atau lepaskan pelatih utama lebih dulu.`)
      }
      const [bookings, unavailable] = await Promise.all([loadBookings(tx, [trainer.id]), loadUnavailability(tx, [trainer.id])])
      const conflicts = findConflicts(toBooking(cohort), bookings.get(trainer.id) ?? [], unavailable.get(trainer.id) ?? [], rules)
      reasons.push(...conflicts.map((c) => c.message))
      if (reasons.length) throw refused(reasons)
      const assignment = await tx.trainerAssignment.create({
        data: { trainerId: trainer.id, cohortId: cohort.id, role: input.role },
        select: { id: true, trainerId: true, cohortId: true, role: true },
      })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'TrainerAssignment', entityId: assignment.id, after: assignment })
      return assignment
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw refused(['Pelatih sudah ditugaskan di kelas ini.'])
    throw e
  }
}
