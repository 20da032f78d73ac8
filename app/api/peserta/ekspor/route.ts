import type { NextRequest } from 'next/server'
import { fileResponse, XLSX_TYPE } from '@/lib/server/http/file-response'
import { exportParticipants } from '@/lib/server/participant-export/export-participants'

/** GET /api/peserta/ekspor?cohortId=…|waveId=…|provinceCode=…[&withNik=1] → .xlsx of the participants in scope. */
export async function GET(request: NextRequest) {
  return fileResponse((actor) => exportParticipants(actor, Object.fromEntries(request.nextUrl.searchParams)), XLSX_TYPE)
}
