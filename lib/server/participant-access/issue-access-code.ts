import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { hashSecret } from '@/lib/server/auth/password'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/programs/validation'
import { participantWhere } from '@/lib/server/scope/where'
import { generateAccessCode, normalizeAccessCode } from './access-code'
import { createSignInToken } from './sign-in-link'

const issueInput = z.object({ participantId: z.guid('Peserta tidak valid.') })

export type IssuedAccess = { participantId: string; name: string; phone: string; accessCode: string; signInToken: string; cohortName: string | null }

/**
 * Gives a participant a new personal access code (creating their sign-in account on first use) and
 * returns it in clear exactly once, with a signed sign-in link token, for the card or the WhatsApp
 * message. The code is stored only as an argon2 hash; the previous code and links stop working.
 */
export async function issueAccessCode(actor: Actor, raw: unknown): Promise<IssuedAccess> {
  const { participantId } = parseOrThrow(issueInput, raw)
  const participant = await db.participant.findFirst({
    where: { AND: [participantWhere(actor, 'update'), { id: participantId }] },
    select: {
      id: true, name: true, phone: true,
      enrolments: { where: { status: { not: 'WITHDRAWN' } }, orderBy: { createdAt: 'desc' }, take: 1, select: { cohort: { select: { name: true } } } },
    },
  })
  if (!participant) throw notFoundError('Peserta tidak ditemukan.')
  const accessCode = generateAccessCode()
  const accessCodeHash = await hashSecret(normalizeAccessCode(accessCode))
  try {
    const user = await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { participantId: participant.id }, select: { id: true } })
      const saved = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { accessCodeHash, phone: participant.phone, name: participant.name }, select: { id: true } })
        : await tx.user.create({ data: { role: 'PESERTA', participantId: participant.id, phone: participant.phone, name: participant.name, accessCodeHash }, select: { id: true } })
      await writeAuditLog(tx, actor, { action: existing ? 'reset-access-code' : 'issue-access-code', entity: 'Participant', entityId: participant.id, after: { userId: saved.id } })
      return saved
    })
    return {
      participantId: participant.id, name: participant.name, phone: participant.phone, accessCode,
      signInToken: createSignInToken({ id: user.id, accessCodeHash }),
      cohortName: participant.enrolments[0]?.cohort.name ?? null,
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Nomor HP peserta ini sudah dipakai akun lain. Periksa nomor HP peserta.')
    throw e
  }
}
