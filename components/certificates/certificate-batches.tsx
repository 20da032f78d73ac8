import { Section, Table, Td } from '@/components/ui'
import type { CertificateBatch } from '@/lib/server/certificates/count-valid-certificates'
import { CertificateDownloadButtons } from './certificate-download-buttons'

/** A province's valid certificates of a wave, one row per batch, each with its ZIP and print file. */
export function CertificateBatches({ batches, title, showWave }: { batches: CertificateBatch[]; title: string; showWave: boolean }) {
  if (!batches.length) return null
  return (
    <Section title={title}>
      <Table head={[showWave ? 'Gelombang' : 'Provinsi', 'Berlaku', 'Unduh']} caption={title}>
        {batches.map((b) => (
          <tr key={`${b.waveId}:${b.provinceCode}`} data-testid="certificate-batch">
            <Td className="font-medium text-slate-900">{showWave ? `${b.programName} · Gelombang ${b.waveNumber}` : b.provinceName}</Td>
            <Td>{b.count}</Td>
            <Td>
              <div className="flex flex-wrap items-start gap-2">
                <CertificateDownloadButtons base={`/api/sertifikat/gelombang/${b.waveId}`} query={`?provinsi=${b.provinceCode}`} compact />
              </div>
            </Td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}
