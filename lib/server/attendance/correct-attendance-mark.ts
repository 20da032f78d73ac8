import 'server-only'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { AttendanceStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { idOrNotFound, optionalTextField, parseOrThrow, textField } from '@/lib/server/validation'
import { applyMarks, type MarkResult } from './apply-attendance-marks'

// An officer's correction (Operator Provinsi of the cohort's province, Admin Pusat): any status, at
// any time (also after the trainers' lock), always with a reason that goes into the audit record
// beside the mark before and after.

const correctionForm = z.object({
  status: z.enum(AttendanceStatus, { error: 'Pilih status kehadiran.' }),
  note: optionalTextField('Catatan', { max: 500, multiline: true }),
  reason: textField('Alasan koreksi', { max: 500, min: 5, multiline: true, minMessage: 'Alasan koreksi wajib diisi (minimal 5 karakter).' }),
})

export async function correctAttendanceMark(actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<MarkResult> {
  if (!accessFor(actor.role, 'update', 'attendance')) throw forbiddenError('Koreksi kehadiran hanya oleh operator provinsi atau Admin Pusat.')
  const sessionId = idOrNotFound(raw.sessionId)
  const enrolmentId = idOrNotFound(raw.enrolmentId)
  const input = parseOrThrow(correctionForm, raw)
  const [result] = await applyMarks(actor, [{ clientMutationId: randomUUID(), sessionId, enrolmentId, status: input.status, note: input.note, markedAt: now, method: 'CORRECTION' }], { now, reason: input.reason })
  if (result.outcome === 'REFUSED') {
    if (result.message?.startsWith('Sesi tidak ditemukan')) throw notFoundError(result.message)
    throw new AppError('VALIDATION', result.message ?? 'Koreksi ditolak.')
  }
  return result
}
