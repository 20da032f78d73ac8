import { certificateZipResponse } from '@/lib/server/certificates/certificate-download-response'

/** GET /api/sertifikat/kelas/[cohortId]/zip → the cohort's valid certificates, one PDF each, in a ZIP streamed as it is made. Officers in scope. */
export async function GET(_request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  return certificateZipResponse({ cohortId: (await params).cohortId })
}
