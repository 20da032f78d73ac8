import { getCheckInCode } from '@/lib/server/attendance/get-check-in-code'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, jsonResponse } from '@/lib/server/http/route-responses'
import { getSiteOrigin } from '@/lib/server/site-url'

/**
 * GET /api/pelatih/presensi/[sessionId]/kode → { code, changesAt, serverNow, checkInUrl, qr, window, notice }
 * The code page asks for the next code when the current one changes: for the session's trainers and
 * Admin Pusat only. The code is derived on the server; its key never leaves it. Never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await getActor()
  if (!actor) return jsonResponse({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }, 401)
  try {
    const { sessionId } = await params
    const { origin } = await getSiteOrigin()
    return jsonResponse(await getCheckInCode(actor, sessionId, origin))
  } catch (e) {
    const response = appErrorResponse(e, 'json')
    if (response) return response
    throw e
  }
}
