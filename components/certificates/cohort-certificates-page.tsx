// The body of a cohort's certificate page, shared by Admin Pusat and Operator Provinsi: eligibility
// by the program's rule with its reasons, the certificates (valid, revoked, reissued), the issue with
// its preview step (`?pratinjau=1`) for those who may issue, revoke and reissue for Admin Pusat.
import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { formatScore } from '@/lib/assessments/score'
import { formatDateRange } from '@/lib/format/date-time'
import { listCohortEligibilityOrThrow } from '@/lib/server/certificates/list-cohort-eligibility'
import { previewCertificateIssue } from '@/lib/server/certificates/preview-certificate-issue'
import { loadOr404 } from '@/lib/server/page-guards'
import { Breadcrumbs, type Crumb } from '../breadcrumbs'
import { Badge, EmptyState, PageHeader, Section, Table, Td } from '../ui'
import { CertificateActions } from './certificate-actions'
import { CertificateDownloadButtons } from './certificate-download-buttons'
import { IssuePreviewView } from './issue-preview'

const issuedDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' })
export const formatIssuedDate = (d: Date) => issuedDate.format(d)

type Props = {
  actor: Actor; cohortId: string; basePath: string; trail: Crumb[]; cohortHref: string; showPreview: boolean
  /** The cohort's score page: where a missing or low post-test is put right (or read, for operators). */
  scoresHref: string
}

export async function CohortCertificatesPage({ actor, cohortId, basePath, trail, cohortHref, showPreview, scoresHref }: Props) {
  const data = await loadOr404(listCohortEligibilityOrThrow(actor, cohortId))
  const { cohort, program, rows, certificates } = data
  const preview = showPreview && data.mayIssue ? await loadOr404(previewCertificateIssue(actor, { kind: 'cohort', cohortId: cohort.id })) : null
  const rule = `kehadiran minimal ${program.minAttendancePercent} % dari ${data.totalJp} JP${program.postTestRequired ? `, nilai post-test minimal ${program.postTestPassMark}` : ''}`
  return (
    <>
      <Breadcrumbs trail={[...trail, { href: cohortHref, label: cohort.name }]} current="Sertifikat" />
      <PageHeader
        title={`Sertifikat ${cohort.name}`}
        description={`${program.name} · Gelombang ${cohort.wave.number} · ${cohort.province.name} · ${formatDateRange(cohort.startDate, cohort.endDate)} · Syarat: ${rule}`}
      />
      <div className="flex flex-wrap items-start gap-3">
        {data.mayIssue && !preview ? (
          <a href={`${basePath}?pratinjau=1`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Terbitkan sertifikat</a>
        ) : null}
        {certificates.some((c) => !c.revokedAt) ? <CertificateDownloadButtons base={`/api/sertifikat/kelas/${cohort.id}`} /> : null}
      </div>
      {data.designProblem ? <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{data.designProblem}</p> : null}
      {preview ? <IssuePreviewView preview={preview} target={{ cohortId: cohort.id }} cancelHref={basePath} /> : null}

      <Section
        title={`Kelayakan (${data.eligibleCount} dari ${rows.length} memenuhi syarat)`}
        action={<Link href={scoresHref} className="text-sm font-medium whitespace-nowrap text-brand-700 hover:underline">{can(actor.role, 'update', 'assessment') ? 'Isi nilai post-test' : 'Lihat nilai'} →</Link>}
      >
        {rows.length ? (
          <Table head={['Peserta', 'Instansi', 'Kehadiran', 'Post-test', 'Status', 'Sertifikat']} caption="Kelayakan sertifikat">
            {rows.map((r) => {
              const current = r.certificates.find((c) => !c.revokedAt)
              return (
                <tr key={r.enrolmentId} data-testid="eligibility-row">
                  <Td className="font-medium text-slate-900">{r.name}</Td>
                  <Td>{r.institution}</Td>
                  <Td>{r.attendedJp} / {data.totalJp} JP ({r.eligibility.attendancePercent} %)</Td>
                  <Td className="tabular-nums">{r.postTestScore === null ? '–' : formatScore(r.postTestScore)}</Td>
                  <Td>{r.eligibility.eligible ? <Badge tone="green">Memenuhi syarat</Badge> : <span className="text-amber-800">{r.eligibility.reasons.join('; ')}</span>}</Td>
                  <Td>{current ? current.number : r.certificates.length ? <Badge tone="red">Dicabut</Badge> : '–'}</Td>
                </tr>
              )
            })}
          </Table>
        ) : <EmptyState>Belum ada peserta di kelas ini.</EmptyState>}
      </Section>

      <Section title={`Sertifikat diterbitkan (${certificates.filter((c) => !c.revokedAt).length} berlaku)`}>
        {certificates.length ? (
          <Table head={['Nomor', 'Pemegang', 'Tanggal terbit', 'Status', '']} caption="Sertifikat kelas">
            {certificates.map((c) => (
              <tr key={c.id} data-testid="certificate-row">
                <Td className="font-mono text-xs whitespace-nowrap">{c.number}{c.replacesNumber ? <span className="block font-sans text-slate-500">mengganti {c.replacesNumber}</span> : null}</Td>
                <Td>{c.holderName}</Td>
                <Td className="whitespace-nowrap">{formatIssuedDate(c.issuedAt)}</Td>
                <Td>
                  {c.revokedAt ? (
                    <span>
                      <Badge tone="red">Dicabut</Badge>{' '}
                      <span className="text-xs text-slate-600">{formatIssuedDate(c.revokedAt)}: {c.revokedReason}</span>
                      {c.replacedByNumber ? <span className="block text-xs text-slate-600">Diganti oleh {c.replacedByNumber}</span> : null}
                    </span>
                  ) : <Badge tone="green">Berlaku</Badge>}
                </Td>
                <Td>
                  <div className="flex flex-col gap-1">
                    <a href={`/api/sertifikat/${c.id}`} className="text-sm text-brand-700 hover:underline">PDF</a>
                    {data.mayRevoke && !c.revokedAt ? <CertificateActions certificateId={c.id} number={c.number} /> : null}
                  </div>
                </Td>
              </tr>
            ))}
          </Table>
        ) : <EmptyState>Belum ada sertifikat yang diterbitkan untuk kelas ini.</EmptyState>}
      </Section>
    </>
  )
}
