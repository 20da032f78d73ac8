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

/** Who gets a card when no participant is picked: those without a code, those who never signed in, or everyone. */
export const CARD_TARGETS = ['tanpa-kode', 'belum-masuk', 'semua'] as const
const MAX_PICKED = 2000

const cardsInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  // Participants picked one by one (the class roster's checkboxes); when given, exactly these get cards.
  peserta: z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.guid('Peserta yang dipilih tidak valid.')).max(MAX_PICKED, `Pilih paling banyak ${MAX_PICKED} peserta sekaligus.`)),
  sasaran: z.enum(CARD_TARGETS, { error: 'Pilihan peserta tidak dikenal.' }).default('tanpa-kode'),
  // The officer's confirmation that the codes already handed out to some of them stop working.
  ganti: z.union([z.boolean(), z.enum(['1', 'on', 'true'])]).optional().transform((v) => v !== undefined && v !== false),
})

export type CardCohort = { id: string; name: string; city: string; startDate: Date; endDate: Date; provinceName: string }
export type IssuedCard = { participantId: string; name: string; phone: string; accessCode: string; signInToken: string }
export type IssuedCohortCards = { cohort: CardCohort; cards: IssuedCard[] }

/** The cohort's active (not withdrawn) participants the actor may give codes to. */
function activeParticipantsWhere(actor: Actor, cohortId: string): Prisma.ParticipantWhereInput {
  return { AND: [participantWhere(actor, 'update'), { enrolments: { some: { cohortId, status: { not: 'WITHDRAWN' } } } }] }
}

const withoutCode: Prisma.ParticipantWhereInput = { OR: [{ user: { is: null } }, { user: { is: { accessCodeHash: null } } }] }
const neverSignedIn: Prisma.ParticipantWhereInput = { OR: [{ user: { is: null } }, { user: { is: { lastSignInAt: null } } }, { user: { is: { accessCodeHash: null } } }] }
const targetFilter = { 'tanpa-kode': withoutCode, 'belum-masuk': neverSignedIn, semua: {} } satisfies Record<(typeof CARD_TARGETS)[number], Prisma.ParticipantWhereInput>

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

/**
 * Issues the access codes for a cohort's printed cards and returns them in clear, once. Codes are
 * stored only as hashes, so a card can only carry a new code. The cards are for the participants
 * picked (`peserta`), or else for the active participants without a code (default), who never signed
 * in (`belum-masuk`, to replace a lost sheet) or all (`semua`). Whoever already has a code loses it:
 * that needs `ganti` (the officer confirmed), otherwise nothing happens (CONFLICT).
 * `produce` (the PDF) runs on the issued cards before anything is stored: if it fails, no code
 * changes, so no participant is left with a code nobody was given.
 */
export async function issueCohortAccessCodes(actor: Actor, raw: unknown): Promise<IssuedCohortCards>
export async function issueCohortAccessCodes<T>(actor: Actor, raw: unknown, produce: (issued: IssuedCohortCards) => Promise<T>): Promise<T>
export async function issueCohortAccessCodes<T>(actor: Actor, raw: unknown, produce?: (issued: IssuedCohortCards) => Promise<T>): Promise<T | IssuedCohortCards> {
  const { cohortId, peserta, sasaran, ganti } = parseOrThrow(cardsInput, raw)
  const where = activeParticipantsWhere(actor, cohortId)
  const cohort = await findCohortOrThrow(actor, cohortId)
  const picked = [...new Set(peserta)]
  const targets = await db.participant.findMany({
    where: { AND: [where, picked.length ? { id: { in: picked } } : targetFilter[sasaran]] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, phone: true, user: { select: { id: true, accessCodeHash: true } } },
  })
  if (targets.length < picked.length) {
    throw new AppError('VALIDATION', `${picked.length - targets.length} peserta yang dipilih tidak (lagi) terdaftar aktif di kelas ini. Muat ulang halaman lalu pilih lagi. Tidak ada kode yang dibuat.`)
  }
  if (!targets.length) {
    throw new AppError('CONFLICT', !(await db.participant.count({ where }))
      ? 'Belum ada peserta aktif di kelas ini.'
      : sasaran === 'belum-masuk'
        ? 'Semua peserta aktif kelas ini sudah pernah masuk. Pilih peserta yang kartunya perlu dicetak ulang.'
        : 'Semua peserta aktif kelas ini sudah memiliki kode akses. Pilih peserta yang kartunya perlu dicetak ulang.')
  }
  const replaced = targets.filter((t) => t.user?.accessCodeHash).length
  if (replaced && !ganti) {
    throw new AppError('CONFLICT', `${replaced} dari ${targets.length} peserta sudah memiliki kode akses; kode dan tautan masuk lama mereka tidak berlaku lagi bila kartu baru dicetak. Konfirmasi dulu untuk melanjutkan. Tidak ada kode yang dibuat.`)
  }
  // Hash outside the transaction: a big cohort takes a second or two and must not hold locks.
  const prepared = await prepareAccessCodes(targets)
  const issued: IssuedCohortCards = {
    cohort,
    cards: prepared.map((p) => ({ participantId: p.id, name: p.name, phone: p.phone, accessCode: p.accessCode, signInToken: p.signInToken })),
  }
  const product = produce ? await produce(issued) : issued
  await db.$transaction(async (tx) => {
    await saveAccessCodes(tx, prepared)
    await writeAuditLog(tx, actor, {
      action: 'print-participant-cards', entity: 'Cohort', entityId: cohort.id,
      after: { target: picked.length ? 'pilihan' : sasaran, issued: prepared.length, reset: prepared.filter((p) => p.isReset).length },
    })
    await writeAuditLogs(tx, actor, prepared.map((p) => ({
      action: p.isReset ? 'reset-access-code' : 'issue-access-code', entity: 'Participant', entityId: p.id,
      after: { userId: p.userId, cohortId: cohort.id, via: 'participant-cards' },
    })))
  }, { timeout: 30_000 })
  forgetSessionUsers(prepared.filter((p) => p.isReset).map((p) => p.userId))
  return product
}
