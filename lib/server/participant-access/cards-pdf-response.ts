import 'server-only'
import { fileSlug } from '@/lib/server/http/file-response'

/**
 * The cards PDF as a download named after the class ("kartu-peserta-kelas-jawa-barat.pdf": ASCII only,
 * safe in the header without encoding). The codes exist in clear only in this response: never cached.
 */
export function cardsPdfResponse(pdf: Uint8Array | Buffer, cohortName: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="kartu-peserta-${fileSlug(cohortName) || 'kelas'}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
