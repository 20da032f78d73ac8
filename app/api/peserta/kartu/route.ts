import { can } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, isCrossOrigin, textResponse as text } from '@/lib/server/http/route-responses'
import { issueCohortAccessCodes } from '@/lib/server/participant-access/issue-cohort-access-codes'
import { cardsPdfResponse } from '@/lib/server/participant-access/cards-pdf-response'
import { renderParticipantCardsPdf } from '@/lib/server/participant-access/participant-cards-pdf'
import { getSiteOrigin } from '@/lib/server/site-url'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'

// A cohort id, a choice and up to 2,000 picked participant ids (about 50 bytes each, encoded). More
// is not a form of this page.
const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/kartu (form: cohortId, peserta=<id>… or sasaran=tanpa-kode|belum-masuk|semua, ganti=1 to
 * confirm replacing codes already handed out) → the cards of those participants as a PDF.
 * A POST, since printing issues new access codes (audited); the codes exist in clear only in this
 * response, so it is never cached.
 */
export async function POST(request: Request) {
  // Session cookies are SameSite=Lax already; this also refuses a same-site form on another host.
  // Origin, session and permission before a byte of the body is read.
  if (isCrossOrigin(request)) return closingConnection(text('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(text('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  // The cards issue codes to the cohort's participants: who may update them (scoped below).
  if (!can(actor.role, 'update', 'participant')) return closingConnection(text('Anda tidak berwenang mencetak kartu peserta.', 403))
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? text('Permintaan terlalu besar.', 413) : text('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  const { form } = read
  try {
    const { origin } = await getSiteOrigin()
    // The PDF is made before the codes are stored: a failure leaves every participant's code as it was.
    const input = { cohortId: form.get('cohortId'), peserta: form.getAll('peserta'), sasaran: form.get('sasaran') ?? undefined, ganti: form.get('ganti') ?? undefined }
    const { pdf, cohortName } = await issueCohortAccessCodes(actor, input,
      async (issued) => ({ pdf: await renderParticipantCardsPdf(issued, { origin }), cohortName: issued.cohort.name }))
    return cardsPdfResponse(pdf, cohortName)
  } catch (e) {
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
