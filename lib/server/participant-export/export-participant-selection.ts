import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { resolveParticipantSelection, selectionFields } from '@/lib/server/participants/bulk/participant-selection'
import { participantWhere } from '@/lib/server/scope/where'
import { parseOrThrow } from '@/lib/server/validation'
import { writeParticipantExport, type ParticipantExport } from './export-participants'

const selectionExportInput = z.object({ ...selectionFields, withNik: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['1']).optional()) })

/**
 * The participants selected on the participant list as the usual Excel export (issue 12 point 12):
 * same columns, same NIK rule (masked unless export:participant-nik and asked), same audit record,
 * with the number of participants picked. With the list filtered on a class, only that class's
 * enrolments are rows, as the class export does.
 */
export async function exportParticipantSelection(actor: Actor, raw: unknown): Promise<ParticipantExport> {
  participantWhere(actor, 'export') // FORBIDDEN for a role that may not export, before anything else
  const input = parseOrThrow(selectionExportInput, raw)
  const participantIds = await resolveParticipantSelection(actor, input, 'export')
  const filters = [{ participantId: { in: participantIds } }, ...(input.kelas ? [{ cohortId: input.kelas }] : [])]
  return writeParticipantExport(actor, filters, { selection: { participants: participantIds.length, allMatching: !!input.semua, cohortId: input.kelas } }, input.withNik === '1')
}
