import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { forgetSessionUsers } from '@/lib/server/auth/end-sessions'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { participantWhere } from '@/lib/server/scope/where'
import { prepareAccessCodes, saveAccessCodes } from './save-access-codes'

const issueInput = z.object({
  participantId: z.guid('Peserta tidak valid.'),
  // The officer's confirmation that the code already handed out stops working (issue 12 point 11).
  ganti: z.union([z.boolean(), z.enum(['1', 'on', 'true'])]).optional().transform((v) => v !== undefined && v !== false),
})

export type IssuedAccess = { participantId: string; name: string; phone: string; accessCode: string; signInToken: string; cohortName: string | null }

/**
 * Gives a participant a new personal access code (creating their sign-in account on first use) and
 * returns it in clear exactly once, with a signed sign-in link token, for the card or the WhatsApp
 * message. The code is stored only as an argon2 hash; the previous code and links stop working, and
 * the participant's open sessions end. Replacing a code needs `ganti` (the officer confirmed it):
 * without it a participant who has one keeps it (CONFLICT), so one stray tap voids nothing.
 */
export async function issueAccessCode(actor: Actor, raw: unknown): Promise<IssuedAccess> {
  const { participantId, ganti } = parseOrThrow(issueInput, raw)
  const participant = await db.participant.findFirst({
    where: { AND: [participantWhere(actor, 'update'), { id: participantId }] },
    select: {
      id: true, name: true, phone: true, user: { select: { id: true, accessCodeHash: true } },
      enrolments: { where: { status: { not: 'WITHDRAWN' } }, orderBy: { createdAt: 'desc' }, take: 1, select: { cohort: { select: { name: true } } } },
    },
  })
  if (!participant) throw notFoundError('Peserta tidak ditemukan.')
  if (participant.user?.accessCodeHash && !ganti) {
    throw new AppError('CONFLICT', 'Peserta ini sudah memiliki kode akses. Kode baru membuat kode dan tautan masuk yang lama tidak berlaku; konfirmasi dulu. Tidak ada yang diubah.')
  }
  const { id, name, phone, user } = participant
  const [prepared] = await prepareAccessCodes([{ id, name, phone, user }])
  await db.$transaction(async (tx) => {
    await saveAccessCodes(tx, [prepared])
    await writeAuditLog(tx, actor, { action: prepared.isReset ? 'reset-access-code' : 'issue-access-code', entity: 'Participant', entityId: participant.id, after: { userId: prepared.userId } })
  })
  forgetSessionUsers([prepared.userId])
  return {
    participantId: participant.id, name: participant.name, phone: participant.phone, accessCode: prepared.accessCode,
    signInToken: prepared.signInToken, cohortName: participant.enrolments[0]?.cohort.name ?? null,
  }
}
