import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog, writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forgetSessionUsers } from '@/lib/server/auth/end-sessions'
import { AppError, notFoundError } from '@/lib/server/errors'
import { idOrNotFound, parseOrThrow } from '@/lib/server/validation'
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
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
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
 * `produce` (the PDF) runs on the issued cards before anything is stored: if it fails, no code
 * changes, so no participant is left with a code nobody was given.
 */
export async function issueCohortAccessCodes(actor: Actor, raw: unknown): Promise<IssuedCohortCards>
export async function issueCohortAccessCodes<T>(actor: Actor, raw: unknown, produce: (issued: IssuedCohortCards) => Promise<T>): Promise<T>
export async function issueCohortAccessCodes<T>(actor: Actor, raw: unknown, produce?: (issued: IssuedCohortCards) => Promise<T>): Promise<T | IssuedCohortCards> {
  const { cohortId, semua } = parseOrThrow(cardsInput, raw)
  const where = activeParticipantsWhere(actor, cohortId)
  const cohort = await findCohortOrThrow(actor, cohortId)
  const targets = await db.participant.findMany({
    where: semua ? where : { AND: [where, withoutCode] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, phone: true, user: { select: { id: true, accessCodeHash: true } } },
  })
  if (!targets.length) {
    throw new AppError('CONFLICT', semua || !(await db.participant.count({ where }))
      ? 'Belum ada peserta aktif di kelas ini.'
      : 'Semua peserta aktif kelas ini sudah memiliki kode akses. Centang "buat ulang kode" untuk mencetak kartu dengan kode baru.')
  }
  // Hash outside the transaction: a big cohort takes a second or two and must not hold locks.
  const prepared = await prepareAccessCodes(targets)
  const issued: IssuedCohortCards = {
    cohort, reissuedAll: semua,
    cards: prepared.map((p) => ({ participantId: p.id, name: p.name, phone: p.phone, accessCode: p.accessCode, signInToken: p.signInToken })),
  }
  const product = produce ? await produce(issued) : issued
  await db.$transaction(async (tx) => {
    await saveAccessCodes(tx, prepared)
    await writeAuditLog(tx, actor, {
      action: 'print-participant-cards', entity: 'Cohort', entityId: cohort.id,
      after: { reissuedAll: semua, issued: prepared.length, reset: prepared.filter((p) => p.isReset).length },
    })
    await writeAuditLogs(tx, actor, prepared.map((p) => ({
      action: p.isReset ? 'reset-access-code' : 'issue-access-code', entity: 'Participant', entityId: p.id,
      after: { userId: p.userId, cohortId: cohort.id, via: 'participant-cards' },
    })))
  }, { timeout: 30_000 })
  forgetSessionUsers(prepared.filter((p) => p.isReset).map((p) => p.userId))
  return product
}
