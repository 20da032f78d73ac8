import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { proposeAssignments, type ProposedAssignment } from '@/lib/scheduling/propose'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { signPayload } from '@/lib/server/trainers/signed-payload'
import { loadWaveProposalInput } from './wave-proposal-input'

export const PROPOSAL_PURPOSE = 'wave-proposal'
const PROPOSAL_TTL_MS = 2 * 60 * 60_000

/** What "Terapkan usulan" sends back, signed: the proposal and the state of the wave it was made from. */
export type ProposalToken = { waveId: string; fingerprint: string; assignments: ProposedAssignment[] }

export type WaveProposalView = {
  token: string | null
  proposedCount: number
  cohorts: {
    cohortId: string
    name: string
    provinceName: string
    label: string
    proposed: { trainerId: string; name: string; role: 'LEAD' | 'SUPPORT'; homeProvinceName: string; isHome: boolean }[]
    unfilled: { missing: number; reasons: string[] } | null
  }[]
}

/** The automatic proposal for a wave, for review. Writes nothing. */
export async function proposeWaveAssignments(actor: Actor, waveId: string): Promise<WaveProposalView> {
  if (requireAccess(actor, 'create', 'assignment') !== 'any') throw forbiddenError()
  idOrNotFound(waveId, 'Gelombang tidak ditemukan.')
  const settings = await getSchedulingSettings()
  const input = await loadWaveProposalInput(db, actor, waveId, settings.trainersPerCohort)
  const proposal = proposeAssignments(input.cohorts, input.trainers, { travelGapDays: settings.travelGapDays })
  const unfilled = new Map(proposal.unfilled.map((u) => [u.cohortId, u]))
  const cohorts = input.cohorts
    .map((c) => {
      const names = input.cohortNames.get(c.cohortId)!
      const gap = unfilled.get(c.cohortId)
      return {
        cohortId: c.cohortId,
        name: names.name,
        provinceName: names.provinceName,
        label: c.label,
        proposed: proposal.assignments
          .filter((a) => a.cohortId === c.cohortId)
          .map((a) => {
            const trainer = input.trainerInfo.get(a.trainerId)!
            return { trainerId: a.trainerId, name: trainer.name, role: a.role, homeProvinceName: trainer.homeProvinceName, isHome: trainer.homeProvinceCode === c.provinceCode }
          }),
        unfilled: gap ? { missing: gap.missing, reasons: gap.reasons } : null,
      }
    })
    .filter((c) => c.proposed.length || c.unfilled)
  const token = proposal.assignments.length
    ? signPayload<ProposalToken>(PROPOSAL_PURPOSE, actor.userId, { waveId, fingerprint: input.fingerprint, assignments: proposal.assignments }, PROPOSAL_TTL_MS)
    : null
  return { token, proposedCount: proposal.assignments.length, cohorts }
}
