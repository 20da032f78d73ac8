import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { participantWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** One participant the actor may read, NIK masked. Outside the actor's scope it does not exist. */
export async function getParticipantOrThrow(actor: Actor, id: string) {
  idOrNotFound(id, 'Peserta tidak ditemukan.')
  const participant = await db.participant.findFirst({
    where: { AND: [participantWhere(actor), { id }] },
    select: {
      id: true, name: true, nikMasked: true, sex: true, phone: true, email: true,
      institutionType: true, institutionName: true, npp: true, provinceCode: true,
      regency: { select: { name: true } }, village: { select: { name: true } },
    },
  })
  if (!participant) throw notFoundError('Peserta tidak ditemukan.')
  return participant
}
