import { certificatePdfResponse } from '@/lib/server/certificates/certificate-download-response'

/** GET /api/sertifikat/[certificateId] → one valid certificate's PDF: the holder, officers of its province, Admin Pusat. */
export async function GET(_request: Request, { params }: { params: Promise<{ certificateId: string }> }) {
  return certificatePdfResponse((await params).certificateId)
}
