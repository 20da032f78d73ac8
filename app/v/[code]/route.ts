import { normaliseVerificationCode } from '@/lib/certificates/verification-code'
import { requestClientAddress } from '@/lib/server/client-address'
import { consumeVerificationLookup, getCertificateVerification } from '@/lib/server/certificates/get-certificate-verification'
import { htmlResponse } from '@/lib/server/http/html'
import { certificateFoundDocument, certificateNotFoundDocument, tooManyLookupsDocument } from './verification-document'

// GET /v/[code], the certificate QR code's target (decision 031). A route handler rather than a page:
// one small static document costs a fraction of a page render's CPU, and the page must hold p95 under
// 50 ms at 100 scans a second (docs/performance.md). The lookup is counted per address first; a
// malformed code is a 404 without touching the database. Never cached: a revocation shows at once.
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params
  const nonce = request.headers.get('x-nonce')
  const code = normaliseVerificationCode(safeDecode(raw))
  if (!code) return htmlResponse(certificateNotFoundDocument(nonce), 404)
  // A lower-case or grouped code opens the canonical address.
  if (code !== raw) return new Response(null, { status: 308, headers: { location: `/v/${code}` } })
  const waitMinutes = await consumeVerificationLookup(requestClientAddress(request.headers))
  if (waitMinutes !== null) return htmlResponse(tooManyLookupsDocument(nonce, waitMinutes), 429, { 'retry-after': String(waitMinutes * 60) })
  const certificate = await getCertificateVerification(code)
  if (!certificate) return htmlResponse(certificateNotFoundDocument(nonce), 404)
  return htmlResponse(certificateFoundDocument(nonce, code, certificate), 200)
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
