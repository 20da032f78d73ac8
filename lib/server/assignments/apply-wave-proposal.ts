import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { findConflicts, type Booking } from '@/lib/scheduling/conflicts'
import { writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, forbiddenError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { verifyPayload } from '@/lib/server/trainers/signed-payload'
import { PROPOSAL_PURPOSE, type ProposalToken } from './propose-wave-assignments'
import { lockForScheduling } from './scheduling-data'
import { loadWaveProposalInput } from './wave-proposal-input'

const applyInput = z.object({ waveId: z.guid('Gelombang tidak valid.'), token: z.string().min(1, 'Buat usulan terlebih dahulu.') })

const staleError = () =>
  new AppError('CONFLICT', 'Data penugasan sudah berubah sejak usulan dibuat. Tidak ada yang disimpan. Buat usulan baru, lalu terapkan lagi.')

/**
 * Writes a reviewed proposal, all or nothing. Every proposed assignment is checked again against
 * the current data under the trainers' and cohorts' locks; if the wave changed since the proposal
 * was made, or any assignment would now conflict, nothing is written.
 */
export async function applyWaveProposal(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'create', 'assignment') !== 'any') throw forbiddenError()
  const { waveId, token } = parseOrThrow(applyInput, raw)
  const verified = verifyPayload<ProposalToken>(PROPOSAL_PURPOSE, actor.userId, token)
  if (!verified.ok || verified.data.waveId !== waveId) {
    throw new AppError('VALIDATION', 'Usulan tidak berlaku lagi. Buat usulan baru, lalu terapkan lagi.')
  }
  const proposal = verified.data
  const settings = await getSchedulingSettings()
  try {
    return await db.$transaction(async (tx) => {
      await lockForScheduling(tx, proposal.assignments.flatMap((a) => [a.trainerId, a.cohortId]))
      const current = await loadWaveProposalInput(tx, actor, waveId, settings.trainersPerCohort)
      if (current.fingerprint !== proposal.fingerprint) throw staleError()

      const cohorts = new Map(current.cohorts.map((c) => [c.cohortId, { ...c, assigned: [...c.assigned] }]))
      const trainers = new Map(current.trainers.map((t) => [t.id, { ...t, bookings: [...t.bookings] }]))
      for (const a of proposal.assignments) {
        const cohort = cohorts.get(a.cohortId)
        const trainer = trainers.get(a.trainerId)
        if (!cohort || !trainer) throw staleError()
        if (cohort.assigned.length >= cohort.required) throw staleError()
        if (a.role === 'LEAD' && cohort.assigned.some((x) => x.role === 'LEAD')) throw staleError()
        const candidate: Booking = { cohortId: cohort.cohortId, provinceCode: cohort.provinceCode, startDate: cohort.startDate, endDate: cohort.endDate, label: cohort.label }
        if (findConflicts(candidate, trainer.bookings, trainer.unavailable, { travelGapDays: settings.travelGapDays }).length) throw staleError()
        trainer.bookings.push(candidate)
        cohort.assigned.push({ trainerId: a.trainerId, role: a.role })
      }

      // One INSERT for the whole proposal (a wave is ~190 rows), then one audit record per assignment.
      const created = await tx.trainerAssignment.createManyAndReturn({
        data: proposal.assignments.map(({ cohortId, trainerId, role }) => ({ cohortId, trainerId, role })),
        select: { id: true, trainerId: true, cohortId: true, role: true },
      })
      await writeAuditLogs(tx, actor, created.map((assignment) => (
        { action: 'create', entity: 'TrainerAssignment', entityId: assignment.id, after: { ...assignment, source: 'usulan-otomatis' } }
      )))
      return { created: created.length }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw staleError()
    throw e
  }
}
