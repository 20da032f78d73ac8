import { postedFileResponse } from '@/lib/server/http/file-response'
import { cardsFileName } from '@/lib/server/participant-access/cards-file-name'
import { issueCohortAccessCodes } from '@/lib/server/participant-access/issue-cohort-access-codes'
import { renderParticipantCardsPdf } from '@/lib/server/participant-access/participant-cards-pdf'
import { getSiteOrigin } from '@/lib/server/site-url'

// A cohort id, a choice and up to 2,000 picked participant ids (about 50 bytes each, encoded). More
// is not a form of this page.
const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/kartu (form: cohortId, peserta=<id>… or sasaran=tanpa-kode|belum-masuk|semua, ganti=1 to
 * confirm replacing codes already handed out) → the cards of those participants as a PDF.
 * A POST, since printing issues new access codes (audited); the codes exist in clear only in this
 * response, so it is never cached. The cards issue codes to the cohort's participants: who may update
 * them (scoped by the domain function).
 */
export async function POST(request: Request) {
  const rule = { permission: ['update', 'participant'], refusal: 'Anda tidak berwenang mencetak kartu peserta.', maxBytes: MAX_BODY_BYTES } as const
  return postedFileResponse(request, rule, async (actor, form) => {
    const { origin } = await getSiteOrigin()
    const input = { cohortId: form.get('cohortId'), peserta: form.getAll('peserta'), sasaran: form.get('sasaran') ?? undefined, ganti: form.get('ganti') ?? undefined }
    // The PDF is made before the codes are stored: a failure leaves every participant's code as it was.
    return issueCohortAccessCodes(actor, input,
      async (issued) => ({ body: await renderParticipantCardsPdf(issued, { origin }), fileName: cardsFileName(issued.cohort.name) }))
  }, 'application/pdf')
}
