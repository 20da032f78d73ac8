import { certificateZipResponse, provinceParam } from '@/lib/server/certificates/certificate-download-response'

/** GET /api/sertifikat/gelombang/[waveId]/zip[?provinsi=32] → a wave's valid certificates in scope (one province's, or all) as a streamed ZIP. */
export async function GET(request: Request, { params }: { params: Promise<{ waveId: string }> }) {
  return certificateZipResponse({ waveId: (await params).waveId, provinceCode: provinceParam(request) })
}
