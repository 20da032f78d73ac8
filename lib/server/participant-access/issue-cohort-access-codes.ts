import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog, writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/programs/validation'
import { cohortWhere, participantWhere } from '@/lib/server/scope/where'
import { prepareAccessCodes, saveAccessCodes } from './save-access-codes'

const cardsInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  // From the form's checkbox ("1"/"on") or a boolean from code.
  semua: z.union([z.boolean(), z.enum(['1', 'on', 'true'])]).optional().transform((v) => v !== undefined && v !== false),
})

export type CardCohort = { id: string; name: string; city: string; startDate: Date; endDate: Date; provinceName: string }
export type IssuedCard = { participantId: string; name: string; phone: string; accessCode: string; signInToken: string }
export type IssuedCohortCards = { cohort: CardCohort; cards: IssuedCard[]; reissuedAll: boolean }

/** The cohort's active (not withdrawn) participants the actor may give codes to. */
function activeParticipantsWhere(actor: Actor, cohortId: string): Prisma.ParticipantWhereInput {
  return { AND: [participantWhere(actor, 'update'), { enrolments: { some: { cohortId, status: { not: 'WITHDRAWN' } } } }] }
}

const withoutCode: Prisma.ParticipantWhereInput = { OR: [{ user: { is: null } }, { user: { is: { accessCodeHash: null } } }] }

async function findCohortOrThrow(actor: Actor, cohortId: string): Promise<CardCohort> {
  const cohort = await db.cohort.findFirst({
    where: { AND: [cohortWhere(actor), { id: cohortId }] },
    select: { id: true, name: true, city: true, startDate: true, endDate: true, province: { select: { name: true } } },
  })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  const { province, ...rest } = cohort
  return { ...rest, provinceName: province.name }
}

/** For the cohort page: how many cards printing would issue now, and how many with "semua". */
export async function getCohortCardSummary(actor: Actor, cohortId: string): Promise<{ activeCount: number; withoutCodeCount: number }> {
  const where = activeParticipantsWhere(actor, cohortId)
  await findCohortOrThrow(actor, cohortId)
  const [activeCount, withoutCodeCount] = await Promise.all([
    db.participant.count({ where }),
    db.participant.count({ where: { AND: [where, withoutCode] } }),
  ])
  return { activeCount, withoutCodeCount }
}

/**
 * Issues the access codes for a cohort's printed cards and returns them in clear, once. Codes are
 * stored only as hashes, so a card can only carry a new code: by default for the active participants
 * who have none yet; with `semua` for every active participant, revoking their old codes and links.
 */
export async function issueCohortAccessCodes(actor: Actor, raw: unknown): Promise<IssuedCohortCards> {
  const { cohortId, semua } = parseOrThrow(cardsInput, raw)
  const where = activeParticipantsWhere(actor, cohortId)
  const cohort = await findCohortOrThrow(actor, cohortId)
  const targets = await db.participant.findMany({
    where: semua ? where : { AND: [where, withoutCode] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, phone: true },
  })
  if (!targets.length) {
    throw new AppError('CONFLICT', semua || !(await db.participant.count({ where }))
      ? 'Belum ada peserta aktif di kelas ini.'
      : 'Semua peserta aktif kelas ini sudah memiliki kode akses. Centang "buat ulang kode" untuk mencetak kartu dengan kode baru.')
  }
  // Hash outside the transaction: a big cohort takes a second or two and must not hold locks.
  const prepared = await prepareAccessCodes(targets)
  const saved = await db.$transaction(async (tx) => {
    const result = await saveAccessCodes(tx, prepared)
    await writeAuditLog(tx, actor, {
      action: 'print-participant-cards', entity: 'Cohort', entityId: cohort.id,
      after: { reissuedAll: semua, issued: result.length, reset: result.filter((r) => r.isReset).length },
    })
    await writeAuditLogs(tx, actor, result.map((r) => ({
      action: r.isReset ? 'reset-access-code' : 'issue-access-code', entity: 'Participant', entityId: r.id,
      after: { userId: r.userId, cohortId: cohort.id, via: 'participant-cards' },
    })))
    return result
  }, { timeout: 30_000 })
  return {
    cohort, reissuedAll: semua,
    cards: saved.map((s) => ({ participantId: s.id, name: s.name, phone: s.phone, accessCode: s.accessCode, signInToken: s.signInToken })),
  }
}
