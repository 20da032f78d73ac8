import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { enrolmentWhere, participantWhere } from '@/lib/server/scope/where'
import { participantSelect } from './participant-fields'

/** A participant for the edit page: details (NIK masked), region codes and their enrolments in scope. */
export async function getParticipantRecordOrThrow(actor: Actor, id: string) {
  idOrNotFound(id, 'Peserta tidak ditemukan.')
  const participant = await db.participant.findFirst({
    where: { AND: [participantWhere(actor), { id }] },
    select: {
      ...participantSelect,
      regency: { select: { name: true } },
      village: { select: { name: true } },
      province: { select: { name: true } },
      nikIssuedProvince: { select: { name: true } },
      user: { select: { accessCodeHash: true } },
      enrolments: {
        where: enrolmentWhere(actor),
        orderBy: { createdAt: 'desc' },
        select: {
          id: true, status: true, withdrawnReason: true, withdrawnAt: true, programId: true,
          cohort: { select: { id: true, name: true, city: true, startDate: true, endDate: true, waveId: true, wave: { select: { number: true, program: { select: { name: true } } } } } },
        },
      },
    },
  })
  if (!participant) throw notFoundError('Peserta tidak ditemukan.')
  // Whether a sign-in exists, never the hash itself.
  const { user, ...rest } = participant
  return { ...rest, hasAccessCode: !!user?.accessCodeHash }
}

export type ParticipantRecord = Awaited<ReturnType<typeof getParticipantRecordOrThrow>>
