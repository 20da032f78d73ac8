import { formSelection } from '@/lib/participants/form-selection'
import { postedFileResponse, XLSX_TYPE } from '@/lib/server/http/file-response'
import { exportParticipantSelection } from '@/lib/server/participant-export/export-participant-selection'

const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/pilihan/ekspor (form: peserta=<id>… or semua=1, the list's filter[, withNik=1]) → the
 * selected participants as the usual .xlsx export (masked NIK unless allowed and asked; audited). A POST
 * because 2,000 ids do not fit in an address.
 */
export async function POST(request: Request) {
  const rule = { permission: ['export', 'participant'], refusal: 'Anda tidak berwenang mengekspor data peserta.', maxBytes: MAX_BODY_BYTES } as const
  return postedFileResponse(request, rule,
    (actor, form) => exportParticipantSelection(actor, { ...formSelection(form), withNik: form.get('withNik') ?? undefined }), XLSX_TYPE)
}
