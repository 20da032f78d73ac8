import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/server/errors'
import { resolveParticipantSelection, selectionFields } from '@/lib/server/participants/bulk/participant-selection'
import { db } from '@/lib/server/db'
import { parseOrThrow } from '@/lib/server/validation'
import { participantWhere } from '@/lib/server/scope/where'
import { issueCohortAccessCodes, type IssuedCohortCards } from './issue-cohort-access-codes'

const selectionCardsInput = z.object({
  ...selectionFields,
  ganti: z.union([z.boolean(), z.enum(['1', 'on', 'true'])]).optional().transform((v) => v !== undefined && v !== false),
})

/**
 * Cards for the participants selected on the participant list (issue 12 point 12). A card names its
 * class, so the list must be filtered on one (`kelas`); then it is the class roster's cards for those
 * participants (`issueCohortAccessCodes`, every rule and audit record of it). Ticked participants not
 * active in the class refuse the batch there; with "all matching" only the active ones are taken.
 */
export async function issueSelectionCards<T>(actor: Actor, raw: unknown, produce: (issued: IssuedCohortCards) => Promise<T>): Promise<T> {
  const scope = participantWhere(actor, 'update') // FORBIDDEN for a role that may not give codes, before anything else
  const input = parseOrThrow(selectionCardsInput, raw)
  if (!input.kelas) throw new AppError('VALIDATION', 'Kartu dicetak per kelas: saring daftar menurut kelas dulu, lalu pilih pesertanya.')
  let ids = await resolveParticipantSelection(actor, input, 'update')
  if (input.semua) {
    const active = await db.participant.findMany({
      where: { AND: [scope, { id: { in: ids } }, { enrolments: { some: { cohortId: input.kelas, status: { not: 'WITHDRAWN' } } } }] },
      select: { id: true },
    })
    ids = active.map((p) => p.id)
    if (!ids.length) throw new AppError('CONFLICT', 'Tidak ada peserta aktif di kelas ini yang sesuai filter.')
  }
  return issueCohortAccessCodes(actor, { cohortId: input.kelas, peserta: ids, ganti: input.ganti }, produce)
}
