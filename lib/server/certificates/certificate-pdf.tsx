import 'server-only'
import type { CertificateView } from '@/lib/certificates/certificate-view'

// CONTRACT (issue 11, helper "pdf" fills it in): the certificate as an A4 landscape PDF, fonts
// embedded, QR code of `${origin}/v/${verificationCode}`, signed (PAdES) with the configured key.

/** One certificate, signed. `origin` is the site's public origin (getSiteOrigin). */
export async function renderCertificatePdf(view: CertificateView, options: { origin: string }): Promise<Buffer> {
  void view
  void options
  throw new Error('renderCertificatePdf: not built yet')
}
