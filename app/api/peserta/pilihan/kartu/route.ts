import { formSelection } from '@/lib/participants/form-selection'
import { postedFileResponse } from '@/lib/server/http/file-response'
import { cardsFileName } from '@/lib/server/participant-access/cards-file-name'
import { issueSelectionCards } from '@/lib/server/participant-access/issue-selection-cards'
import { renderParticipantCardsPdf } from '@/lib/server/participant-access/participant-cards-pdf'
import { getSiteOrigin } from '@/lib/server/site-url'

// Up to 2,000 picked ids (about 50 bytes each, encoded) and the list's filter.
const MAX_BODY_BYTES = 128 * 1024

/**
 * POST /api/peserta/pilihan/kartu (form: peserta=<id>… or semua=1, the list's filter with kelas required,
 * ganti=1 to confirm replacing codes) → the cards of the participants selected on the participant list,
 * as a PDF. Issues new access codes (audited), so a POST, never cached; same rules as /api/peserta/kartu.
 */
export async function POST(request: Request) {
  const rule = { permission: ['update', 'participant'], refusal: 'Anda tidak berwenang mencetak kartu peserta.', maxBytes: MAX_BODY_BYTES } as const
  return postedFileResponse(request, rule, async (actor, form) => {
    const { origin } = await getSiteOrigin()
    // The PDF is made before the codes are stored: a failure leaves every participant's code as it was.
    return issueSelectionCards(actor, { ...formSelection(form), ganti: form.get('ganti') ?? undefined },
      async (issued) => ({ body: await renderParticipantCardsPdf(issued, { origin }), fileName: cardsFileName(issued.cohort.name) }))
  }, 'application/pdf')
}
