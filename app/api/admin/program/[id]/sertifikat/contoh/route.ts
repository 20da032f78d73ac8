import { can } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { renderDesignPreview } from '@/lib/server/certificates/render-design-preview'
import { isAppError } from '@/lib/server/errors'
import { appErrorResponse, isCrossOrigin, jsonResponse, textResponse as text } from '@/lib/server/http/route-responses'
import { getSiteOrigin } from '@/lib/server/site-url'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'
import { FORM_POST_LIMIT_BYTES } from '@/lib/form-post-limit'

/**
 * POST /api/admin/program/[id]/sertifikat/contoh (multipart: the design form as it is now) → a sample
 * certificate PDF with those values, for the editor's live preview. Admin Pusat only; the same body
 * limit as the form's save (the form posts the same fields and images). Invalid values → 400 JSON
 * with the field errors, so the editor can say what keeps the preview from updating.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (isCrossOrigin(request)) return closingConnection(text('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(text('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  if (!can(actor.role, 'update', 'program')) return closingConnection(text('Anda tidak berwenang mengubah desain sertifikat.', 403))
  const read = await readFormWithin(request, FORM_POST_LIMIT_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? text('Isian formulir terlalu besar.', 413) : text('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  const { id } = await params
  try {
    const { origin } = await getSiteOrigin()
    const pdf = await renderDesignPreview(actor, id, read.form, { origin })
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="contoh-sertifikat.pdf"', 'Cache-Control': 'private, no-store' },
    })
  } catch (e) {
    if (isAppError(e, 'VALIDATION')) return jsonResponse({ message: e.message, fieldErrors: e.fieldErrors ?? {} }, 400)
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
