import { certificatePrintResponse } from '@/lib/server/certificates/certificate-download-response'

/** GET /api/sertifikat/kelas/[cohortId]/cetak → the cohort's valid certificates merged into one PDF for printing. Officers in scope. */
export async function GET(_request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  return certificatePrintResponse({ cohortId: (await params).cohortId })
}
