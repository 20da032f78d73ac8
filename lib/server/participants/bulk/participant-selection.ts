import 'server-only'
import { z } from 'zod'
import { EnrolmentStatus, InstitutionType } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { formatNumber } from '@/lib/format/date-time'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { participantWhere } from '@/lib/server/scope/where'
import { plainStringField } from '@/lib/server/validation'
import { participantListWhere, type ParticipantListFilter } from '../list-participants'

// The participants a bulk action of the participant list works on (issue 12 point 12, decision 037):
// either the ones ticked (`peserta`, ids) or every participant matching the list's filter
// (`semua=1`), the filter evaluated again here, at action time, under the actor's scope. Both are
// capped: a bigger batch is refused with a message, never cut.

export const MAX_BULK_PARTICIPANTS = 2000

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(emptyToUndefined, schema.optional())

/** The list's filter fields, strict: a filter of the wrong shape must not silently widen "all matching". */
export const selectionFields = {
  peserta: z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.guid('Peserta yang dipilih tidak valid.')).max(MAX_BULK_PARTICIPANTS, `Pilih paling banyak ${formatNumber(MAX_BULK_PARTICIPANTS)} peserta sekaligus.`)),
  semua: z.preprocess(emptyToUndefined, z.enum(['1'], { error: 'Pilihan "semua yang sesuai" tidak dikenal.' }).optional()),
  q: optional(plainStringField('Pencarian', 100)),
  kelas: optional(z.guid('Kelas pada filter tidak valid.')),
  kabupaten: optional(z.string().regex(/^\d{2}\.\d{2}$/, 'Kabupaten/kota pada filter tidak valid.')),
  lembaga: optional(z.enum(Object.values(InstitutionType) as [string, ...string[]], { error: 'Jenis lembaga pada filter tidak valid.' })),
  status: optional(z.enum(Object.values(EnrolmentStatus) as [string, ...string[]], { error: 'Status pada filter tidak valid.' })),
}

export type ParticipantSelection = z.output<z.ZodObject<typeof selectionFields>>

export const selectionFilter = (s: ParticipantSelection): ParticipantListFilter =>
  ({ q: s.q, cohortId: s.kelas, regencyCode: s.kabupaten, institutionType: s.lembaga, status: s.status })

/**
 * The ids of the selected participants within the actor's scope for `action`, by name. Ticked ids
 * the actor cannot reach (another province's, deleted, made up) are all "not found" alike, and the
 * whole action is refused: nothing about them is revealed, and nothing is done to a part of a batch.
 */
export async function resolveParticipantSelection(actor: Actor, selection: ParticipantSelection, action: 'update' | 'export'): Promise<string[]> {
  const scope = participantWhere(actor, action)
  if (selection.semua) {
    const where = participantListWhere(actor, selectionFilter(selection), action)
    const total = await db.participant.count({ where })
    if (total > MAX_BULK_PARTICIPANTS) {
      throw new AppError('VALIDATION', `Filter ini cocok dengan ${formatNumber(total)} peserta, lebih dari batas ${formatNumber(MAX_BULK_PARTICIPANTS)} peserta sekaligus. Persempit filter (misalnya pilih kelas atau kabupaten/kota) lalu coba lagi. Tidak ada yang diubah.`)
    }
    if (!total) throw new AppError('VALIDATION', 'Tidak ada peserta yang sesuai filter ini lagi. Muat ulang halaman.')
    return (await db.participant.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true } })).map((p) => p.id)
  }
  const picked = [...new Set(selection.peserta)]
  if (!picked.length) throw new AppError('VALIDATION', 'Pilih peserta terlebih dahulu.')
  const found = await db.participant.findMany({ where: { AND: [scope, { id: { in: picked } }] }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true } })
  if (found.length < picked.length) {
    throw notFoundError(`${picked.length - found.length} peserta yang dipilih tidak ditemukan. Muat ulang halaman lalu pilih lagi. Tidak ada yang diubah.`)
  }
  return found.map((p) => p.id)
}

/** "Ani, Budi, Citra dan 4 lainnya": names in a refusal, never a wall of them. */
export function nameList(names: string[], shown = 5): string {
  if (names.length <= shown) return names.join(', ')
  return `${names.slice(0, shown).join(', ')} dan ${formatNumber(names.length - shown)} lainnya`
}
