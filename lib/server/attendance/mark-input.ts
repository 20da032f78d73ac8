import 'server-only'
import { z } from 'zod'
import { AttendanceStatus } from '@/generated/prisma/enums'
import { optionalTextField } from '@/lib/server/validation'

// The shape of the marks a device, a check-in or an import hands to applyAttendanceMarks.

/** The most marks one request may carry: a roster of the biggest class, with room for corrections. */
export const MAX_MARKS_PER_BATCH = 200

export const MARK_METHODS = ['TRAINER', 'OFFLINE_SYNC', 'SELF_CHECKIN', 'IMPORT'] as const

const uuid = (label: string) => z.string({ error: `${label} wajib diisi.` }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `${label} tidak valid.`)

export const incomingMarkSchema = z.object({
  // Made by the device when the mark is tapped; a uuid, or a digest for an import.
  clientMutationId: z.string({ error: 'Kode penanda wajib diisi.' }).regex(/^[A-Za-z0-9_-]{8,64}$/, 'Kode penanda tidak valid.'),
  sessionId: uuid('Sesi'),
  enrolmentId: uuid('Peserta'),
  status: z.enum(AttendanceStatus, { error: 'Status kehadiran tidak dikenal.' }),
  note: optionalTextField('Catatan', { max: 500, multiline: true }),
  markedAt: z.date().nullish(),
  method: z.enum(MARK_METHODS, { error: 'Cara penandaan tidak dikenal.' }),
})

export type IncomingMark = z.input<typeof incomingMarkSchema>
export type ParsedMark = z.output<typeof incomingMarkSchema>

export const incomingBatchSchema = z.array(incomingMarkSchema, { error: 'Daftar tanda kehadiran tidak valid.' })
  .min(1, 'Tidak ada tanda kehadiran yang dikirim.')
  .max(MAX_MARKS_PER_BATCH, `Paling banyak ${MAX_MARKS_PER_BATCH} tanda kehadiran sekali kirim.`)
