import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow, textField } from '@/lib/server/validation'
import { enrolmentWhere } from '@/lib/server/scope/where'

export const withdrawReasonField = textField('Alasan pengunduran diri', { min: 5, max: 500, multiline: true, minMessage: 'Alasan pengunduran diri wajib diisi (minimal 5 karakter).' })

const withdrawInput = z.object({
  enrolmentId: z.guid('Pendaftaran tidak valid.'),
  reason: withdrawReasonField,
})

export const enrolmentSelect = { id: true, cohortId: true, programId: true, status: true, withdrawnReason: true, withdrawnAt: true } as const

/** Withdraws a registered enrolment with its reason; the place it held becomes free again. */
export async function withdrawEnrolment(actor: Actor, raw: unknown) {
  const where = enrolmentWhere(actor, 'update')
  const { enrolmentId, reason } = parseOrThrow(withdrawInput, raw)
  return db.$transaction(async (tx) => {
    const before = await tx.enrolment.findFirst({ where: { AND: [where, { id: enrolmentId }] }, select: enrolmentSelect })
    if (!before) throw notFoundError('Pendaftaran tidak ditemukan.')
    if (before.status !== 'REGISTERED') throw new AppError('CONFLICT', 'Hanya pendaftaran berstatus Terdaftar yang dapat diundurkan.')
    const after = await tx.enrolment.update({
      where: { id: enrolmentId },
      data: { status: 'WITHDRAWN', withdrawnReason: reason, withdrawnAt: new Date() },
      select: enrolmentSelect,
    })
    await writeAuditLog(tx, actor, { action: 'withdraw', entity: 'Enrolment', entityId: enrolmentId, before, after })
    return after
  })
}
