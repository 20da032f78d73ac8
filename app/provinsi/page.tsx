import type { Metadata } from 'next'
import { CohortTable } from '@/components/cohort-table'
import { ScopeStats } from '@/components/scope-stats'
import { PageHeader, Section } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { getScopeCounts } from '@/lib/server/dashboard/get-scope-counts'
import { listCohortSummaries } from '@/lib/server/dashboard/list-cohort-summaries'
import { getProvinceName } from '@/lib/server/regions/get-province-name'

export const metadata: Metadata = { title: 'Dasbor Operator Provinsi' }

export default async function ProvinceDashboard() {
  const actor = await requirePermission('read:dashboard:province')
  const [counts, cohorts, provinceName] = await cachedRead(`dashboard:${scopeKey(actor)}`, () =>
    Promise.all([getScopeCounts(actor), listCohortSummaries(actor), getProvinceName(actor.provinceCode)]))
  return (
    <>
      <PageHeader title={`Dasbor Provinsi ${provinceName ?? ''}`.trim()} description="Kelas, peserta, dan kehadiran di provinsi Anda." />
      <ScopeStats counts={counts} />
      <Section title="Kelas di provinsi ini">
        <CohortTable cohorts={cohorts} showProvince={false} linkTo={(id) => `/provinsi/kelas/${id}`} />
      </Section>
    </>
  )
}
