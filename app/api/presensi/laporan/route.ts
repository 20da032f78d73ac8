import { getActor } from '@/lib/server/auth/session'
import { MAX_REPORT_BYTES, previewAttendanceReport } from '@/lib/server/attendance/meeting-report/preview-attendance-report'
import { reportScopeAction } from '@/lib/server/attendance/meeting-report/report-session'
import { appErrorResponse, isCrossOrigin, jsonResponse } from '@/lib/server/http/route-responses'
import { isAppError } from '@/lib/server/errors'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'

// POST /api/presensi/laporan (multipart: sessionId, file) → { reportId, alreadyAppliedAt }.
// The upload of a Zoom or Google Meet participants report for an online session: a route handler
// rather than a server action so the body limit is this route's own (2 MB of CSV is ~20,000 joins).
// It checks and stores the preview only; the marks are written when the preview is confirmed.

// The file and the session field: multipart adds a few hundred bytes, 64 KB is ample.
const MAX_BODY_BYTES = MAX_REPORT_BYTES + 64 * 1024
const message = (text: string, status: number) => jsonResponse({ message: text }, status)

export async function POST(request: Request) {
  if (isCrossOrigin(request)) return closingConnection(message('Permintaan ditolak.', 403))
  // Who and whether first: nothing of the body is read for a stranger or a role that may not.
  const actor = await getActor()
  if (!actor) return closingConnection(message('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  try {
    reportScopeAction(actor)
  } catch (e) {
    if (isAppError(e)) return closingConnection(message(e.message, 403))
    throw e
  }
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? message('Ukuran berkas maksimal 2 MB.', 413) : message('Unggahan tidak terbaca. Coba lagi.', 400))
  }
  const file = read.form.get('file')
  if (!(file instanceof File) || file.size === 0) return message('Pilih berkas laporan CSV dari Zoom atau Google Meet.', 400)
  try {
    const preview = await previewAttendanceReport(actor, {
      sessionId: read.form.get('sessionId'), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()),
    })
    return jsonResponse(preview)
  } catch (e) {
    const response = appErrorResponse(e, 'json')
    if (response) return response
    throw e
  }
}
