import type { Metadata } from 'next'
import { CertificateBatches } from '@/components/certificates/certificate-batches'
import { CohortTable } from '@/components/cohort-table'
import { EmptyState, PageHeader, Section } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { listCertificateBatches } from '@/lib/server/certificates/count-valid-certificates'
import { listCohortSummaries, type CohortSummary } from '@/lib/server/dashboard/list-cohort-summaries'
import { getProvinceName } from '@/lib/server/regions/get-province-name'

export const metadata: Metadata = { title: 'Kelas provinsi' }

/** Cohorts of the newest programs first; within a program, newest wave first (the summaries come ordered by date). */
function byProgram(cohorts: CohortSummary[]) {
  const programs = new Map<string, CohortSummary[]>()
  for (const c of cohorts) {
    const list = programs.get(c.wave.program.name)
    if (list) list.push(c)
    else programs.set(c.wave.program.name, [c])
  }
  return [...programs]
}

export default async function ProvinceCohortsPage() {
  const actor = await requirePermission('read:cohort:province')
  // listCohortSummaries reads through cohortWhere(actor): an operator reaches their own province only.
  const [cohorts, provinceName, batches] = await Promise.all([listCohortSummaries(actor, { take: 500 }), getProvinceName(actor.provinceCode), listCertificateBatches(actor)])
  return (
    <>
      <PageHeader
        title={`Kelas di Provinsi ${provinceName ?? ''}`.trim()}
        description="Semua kelas provinsi Anda di setiap program dan gelombang, terbaru di atas. Buka kelas untuk memperbarui tempat dan narahubung."
      />
      {cohorts.length ? byProgram(cohorts).map(([program, list]) => (
        <Section key={program} title={program}>
          <CohortTable cohorts={list} showProvince={false} linkTo={(id) => `/provinsi/kelas/${id}`} />
        </Section>
      )) : <EmptyState>Belum ada kelas di provinsi Anda.</EmptyState>}
      <CertificateBatches batches={batches} title="Sertifikat provinsi per gelombang" showWave />
    </>
  )
}
