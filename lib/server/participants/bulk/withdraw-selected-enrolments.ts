import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { enrolmentWhere } from '@/lib/server/scope/where'
import { parseOrThrow } from '@/lib/server/validation'
import { enrolmentSelect, withdrawReasonField } from '../withdraw-enrolment'
import { nameList, resolveParticipantSelection, selectionFields } from './participant-selection'

const withdrawSelectedInput = z.object({ ...selectionFields, reason: withdrawReasonField })

export type BulkResult = { changed: number; skipped: number }

/**
 * Withdraws the selected participants' registered enrolments with one reason, all or nothing, each
 * audited like a withdrawal one by one. With the list filtered on a class (`kelas`) only that class's
 * enrolments are withdrawn; otherwise a participant registered in two programs is ambiguous and
 * refuses the batch. Participants with nothing to withdraw (already withdrawn, passed, failed) are
 * skipped and counted.
 */
export async function withdrawSelectedEnrolments(actor: Actor, raw: unknown): Promise<BulkResult> {
  const scope = enrolmentWhere(actor, 'update')
  const input = parseOrThrow(withdrawSelectedInput, raw)
  const participantIds = await resolveParticipantSelection(actor, input, 'update')
  return db.$transaction(async (tx) => {
    const enrolments = await tx.enrolment.findMany({
      where: { AND: [scope, { participantId: { in: participantIds }, status: 'REGISTERED' }, input.kelas ? { cohortId: input.kelas } : {}] },
      select: { ...enrolmentSelect, participant: { select: { id: true, name: true } } },
    })
    const byParticipant = new Map<string, typeof enrolments>()
    for (const e of enrolments) byParticipant.set(e.participant.id, [...(byParticipant.get(e.participant.id) ?? []), e])
    const ambiguous = [...byParticipant.values()].filter((list) => list.length > 1).map((list) => list[0].participant.name)
    if (ambiguous.length) {
      throw new AppError('VALIDATION', `Peserta berikut terdaftar di lebih dari satu kelas: ${nameList(ambiguous)}. Saring daftar menurut kelas lalu pilih lagi. Tidak ada yang diundurkan.`)
    }
    if (!enrolments.length) {
      throw new AppError('CONFLICT', 'Tidak ada peserta terpilih yang berstatus Terdaftar (yang sudah mundur, lulus atau tidak lulus tidak dapat diundurkan). Tidak ada yang diubah.')
    }
    const ids = enrolments.map((e) => e.id)
    const withdrawnAt = new Date()
    const { count } = await tx.enrolment.updateMany({
      where: { id: { in: ids }, status: 'REGISTERED' },
      data: { status: 'WITHDRAWN', withdrawnReason: input.reason, withdrawnAt },
    })
    if (count !== ids.length) throw new AppError('CONFLICT', 'Sebagian pendaftaran baru saja diubah petugas lain. Muat ulang halaman lalu coba lagi. Tidak ada yang diubah.')
    await writeAuditLogs(tx, actor, enrolments.map(({ participant: _p, ...before }) => ({
      action: 'withdraw', entity: 'Enrolment', entityId: before.id,
      before, after: { ...before, status: 'WITHDRAWN', withdrawnReason: input.reason, withdrawnAt, via: 'bulk' },
    })))
    return { changed: ids.length, skipped: participantIds.length - byParticipant.size }
  }, { timeout: 30_000 })
}
