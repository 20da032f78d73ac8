import type { NextRequest } from 'next/server'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse } from '@/lib/server/http/route-responses'
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
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
