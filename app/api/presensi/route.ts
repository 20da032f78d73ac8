import { z } from 'zod'
import { can } from '@/lib/auth/permissions'
import { applyAttendanceMarks } from '@/lib/server/attendance/apply-attendance-marks'
import { MAX_MARKS_PER_BATCH } from '@/lib/server/attendance/mark-input'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, isCrossOrigin, jsonResponse } from '@/lib/server/http/route-responses'
import { closingConnection, readBodyWithin } from '@/lib/server/uploads/read-limited-body'

// The most a batch of marks can weigh: 200 marks with notes of 500 characters fit well inside it.
const MAX_BODY_BYTES = 256 * 1024

const message = (text: string, status: number) => jsonResponse({ message: text }, status)

// The device sends what it stored: ISO marking times, and `queued` for marks made while offline.
const batchBody = z.object({
  marks: z.array(z.object({
    markedAt: z.iso.datetime({ offset: true, error: 'Waktu penandaan tidak valid.' }).transform((v) => new Date(v)).nullish(),
    queued: z.boolean().optional(),
  }, { error: 'Tanda kehadiran tidak valid.' }).loose(), { error: 'Daftar tanda kehadiran tidak valid.' }).max(MAX_MARKS_PER_BATCH, `Paling banyak ${MAX_MARKS_PER_BATCH} tanda kehadiran sekali kirim.`),
}, { error: 'Kiriman tidak sesuai.' })

/**
 * POST /api/presensi { marks: [{ clientMutationId, sessionId, enrolmentId, status, note?, markedAt, queued? }] }
 * → { results: [{ clientMutationId, outcome, message?, current? }] }, one per mark in order.
 * The roster's queue sends every tap here, online or after a time offline (decision 021): a batch
 * sent again is answered again, and nothing is applied twice.
 */
export async function POST(request: Request) {
  if (isCrossOrigin(request)) return closingConnection(message('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(message('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  // Participants check in on their own page, never through this route.
  if (!can(actor.role, 'mark', 'attendance') || actor.role === 'PESERTA') return closingConnection(message('Anda tidak berwenang menandai kehadiran.', 403))
  const read = await readBodyWithin(request, MAX_BODY_BYTES)
  if (!read.ok) return closingConnection(read.reason === 'too-large' ? message('Kiriman terlalu besar. Kirim tanda kehadiran sedikit demi sedikit.', 413) : message('Kiriman tidak terbaca. Coba lagi.', 400))

  let json: unknown
  try {
    json = JSON.parse(read.bytes.toString('utf8'))
  } catch {
    return message('Kiriman bukan JSON yang sah.', 400)
  }
  const body = batchBody.safeParse(json)
  if (!body.success) return message(body.error.issues[0]?.message ?? 'Kiriman tidak sesuai.', 400)
  const marks = body.data.marks.map(({ queued, ...mark }) => ({ ...mark, method: queued ? 'OFFLINE_SYNC' : 'TRAINER' }))
  try {
    return jsonResponse({ results: await applyAttendanceMarks(actor, marks) })
  } catch (e) {
    const response = appErrorResponse(e, 'json')
    if (response) return response
    throw e
  }
}
