import { can } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, isCrossOrigin, textResponse as text } from '@/lib/server/http/route-responses'
import { issueSelectionCards } from '@/lib/server/participant-access/issue-selection-cards'
import { cardsPdfResponse } from '@/lib/server/participant-access/cards-pdf-response'
import { renderParticipantCardsPdf } from '@/lib/server/participant-access/participant-cards-pdf'
import { getSiteOrigin } from '@/lib/server/site-url'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'
import { formSelection } from '@/lib/participants/form-selection'

// Up to 2,000 picked ids (about 50 bytes each, encoded) and the list's filter.
const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/pilihan/kartu (form: peserta=<id>… or semua=1, the list's filter with kelas required,
 * ganti=1 to confirm replacing codes) → the cards of the participants selected on the participant list,
 * as a PDF. Issues new access codes (audited), so a POST, never cached; same rules as /api/peserta/kartu.
 */
export async function POST(request: Request) {
  if (isCrossOrigin(request)) return closingConnection(text('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(text('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  if (!can(actor.role, 'update', 'participant')) return closingConnection(text('Anda tidak berwenang mencetak kartu peserta.', 403))
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? text('Permintaan terlalu besar.', 413) : text('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  try {
    const { origin } = await getSiteOrigin()
    // The PDF is made before the codes are stored: a failure leaves every participant's code as it was.
    const { pdf, cohortName } = await issueSelectionCards(actor, { ...formSelection(read.form), ganti: read.form.get('ganti') ?? undefined },
      async (issued) => ({ pdf: await renderParticipantCardsPdf(issued, { origin }), cohortName: issued.cohort.name }))
    return cardsPdfResponse(pdf, cohortName)
  } catch (e) {
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
