import { certificatePrintResponse, provinceParam } from '@/lib/server/certificates/certificate-download-response'

/** GET /api/sertifikat/gelombang/[waveId]/cetak[?provinsi=32] → a wave's valid certificates in scope merged into one PDF for printing. */
export async function GET(request: Request, { params }: { params: Promise<{ waveId: string }> }) {
  return certificatePrintResponse({ waveId: (await params).waveId, provinceCode: provinceParam(request) })
}
