import { Section } from '@/components/ui'
import type { Actor } from '@/lib/auth/actor'
import { countValidCertificates } from '@/lib/server/certificates/count-valid-certificates'
import { CertificateDownloadButtons } from './certificate-download-buttons'

/** The cohort page's "Sertifikat" block for officers: how many are valid, the ZIP and the print file. */
export async function CohortCertificateDownloads({ actor, cohortId }: { actor: Actor; cohortId: string }) {
  const validCount = await countValidCertificates(actor, cohortId)
  return (
    <Section title="Sertifikat">
      {validCount ? (
        <div className="flex flex-wrap items-start gap-4">
          <p className="text-sm text-slate-700">{validCount} sertifikat berlaku.</p>
          <CertificateDownloadButtons base={`/api/sertifikat/kelas/${cohortId}`} />
        </div>
      ) : <p className="text-sm text-slate-600">Belum ada sertifikat yang diterbitkan untuk kelas ini.</p>}
    </Section>
  )
}
