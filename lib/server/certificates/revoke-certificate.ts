import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db, type Tx } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { certificateWhere } from '@/lib/server/scope/where'
import { hasForbiddenChars, idOrNotFound, parseOrThrow, textField } from '@/lib/server/validation'

// Admin Pusat revokes a certificate with a reason (issue 11): the row stays (its number is never
// reused and the verification page says "dicabut"), revokedAt/Reason/ById are set, audited.

// A reason is one or a few lines of prose: control characters are refused, not dropped, since the
// reason is shown on the public verification page as typed.
export const reasonField = (label: string) => z.string({ error: `${label} wajib diisi.` })
  .refine((v) => !hasForbiddenChars(v.replace(/[\r\n\t]/g, ' ')), { message: `${label} tidak boleh berisi karakter kendali atau pengubah arah teks.`, abort: true })
  .pipe(textField(label, { min: 5, max: 500, multiline: true, minMessage: `${label} wajib diisi (minimal 5 karakter).`, maxMessage: `${label} paling panjang 500 karakter.` }))

const revokeForm = z.object({ reason: reasonField('Alasan pencabutan') })

export function requireRevokeAccess(actor: Actor) {
  if (requireAccess(actor, 'revoke', 'certificate') !== 'any') throw forbiddenError('Hanya Admin Pusat yang dapat mencabut sertifikat.')
}

/** Inside a transaction: revokes a valid certificate (refuses one already revoked) and writes its audit record. */
export async function revokeInTx(tx: Tx, actor: Actor, certificateId: string, reason: string, now: Date) {
  const { count } = await tx.certificate.updateMany({
    where: { AND: [certificateWhere(actor, 'revoke'), { id: certificateId, revokedAt: null }] },
    data: { revokedAt: now, revokedReason: reason, revokedById: actor.userId },
  })
  if (count !== 1) {
    const exists = await tx.certificate.findFirst({ where: { AND: [certificateWhere(actor, 'revoke'), { id: certificateId }] }, select: { id: true } })
    if (!exists) throw notFoundError('Sertifikat tidak ditemukan.')
    throw new AppError('CONFLICT', 'Sertifikat ini sudah dicabut.')
  }
  await writeAuditLog(tx, actor, { action: 'revoke', entity: 'Certificate', entityId: certificateId, after: { revokedAt: now, revokedReason: reason } })
}

export async function revokeCertificate(actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<void> {
  requireRevokeAccess(actor)
  const certificateId = idOrNotFound(raw.certificateId, 'Sertifikat tidak ditemukan.')
  const { reason } = parseOrThrow(revokeForm, raw)
  await db.$transaction((tx) => revokeInTx(tx, actor, certificateId, reason, now))
}
