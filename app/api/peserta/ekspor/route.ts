import type { NextRequest } from 'next/server'
import { getActor } from '@/lib/server/auth/session'
import { isAppError } from '@/lib/server/errors'
import { exportParticipants } from '@/lib/server/participant-export/export-participants'

/** GET /api/peserta/ekspor?cohortId=…|waveId=…|provinceCode=…[&withNik=1] → .xlsx of the participants in scope. */
export async function GET(request: NextRequest) {
  const actor = await getActor()
  if (!actor) return new Response('Silakan masuk terlebih dahulu.', { status: 401 })
  try {
    const { fileName, body } = await exportParticipants(actor, Object.fromEntries(request.nextUrl.searchParams))
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (e) {
    if (isAppError(e, 'FORBIDDEN')) return new Response(e.message, { status: 403 })
    if (isAppError(e, 'VALIDATION')) return new Response(e.message, { status: 400 })
    throw e
  }
}
