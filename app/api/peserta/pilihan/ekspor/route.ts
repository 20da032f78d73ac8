import { can } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, isCrossOrigin, textResponse as text } from '@/lib/server/http/route-responses'
import { exportParticipantSelection } from '@/lib/server/participant-export/export-participant-selection'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'
import { formSelection } from '@/lib/participants/form-selection'

const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/pilihan/ekspor (form: peserta=<id>… or semua=1, the list's filter[, withNik=1]) → the
 * selected participants as the usual .xlsx export (masked NIK unless allowed and asked; audited). A POST
 * because 2,000 ids do not fit in an address.
 */
export async function POST(request: Request) {
  if (isCrossOrigin(request)) return closingConnection(text('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(text('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  if (!can(actor.role, 'export', 'participant')) return closingConnection(text('Anda tidak berwenang mengekspor data peserta.', 403))
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? text('Permintaan terlalu besar.', 413) : text('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  try {
    const { fileName, body } = await exportParticipantSelection(actor, { ...formSelection(read.form), withNik: read.form.get('withNik') ?? undefined })
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
