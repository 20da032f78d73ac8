import type { Metadata } from 'next'
import { ScopeStats } from '@/components/scope-stats'
import { PageHeader, Section, EmptyState } from '@/components/ui'
import { WaveSummaryTable } from '@/components/wave-summary-table'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { getScopeCounts } from '@/lib/server/dashboard/get-scope-counts'
import { listWaveSummaries } from '@/lib/server/dashboard/list-wave-summaries'

export const metadata: Metadata = { title: 'Dasbor Admin Pusat' }

export default async function AdminDashboard() {
  const actor = await requirePermission('read:dashboard:any')
  // Aggregates over the whole country: a few seconds of staleness is fine, recomputing per request is not.
  const [counts, waves] = await cachedRead(`dashboard:${scopeKey(actor)}`, () => Promise.all([getScopeCounts(actor), listWaveSummaries(actor)]))
  return (
    <>
      <PageHeader title="Dasbor nasional" description="Ringkasan seluruh program, gelombang, dan kelas Bimtek TPBIS." />
      <ScopeStats counts={counts} />
      <Section title="Gelombang">
        {waves.length ? <WaveSummaryTable waves={waves} /> : <EmptyState>Belum ada gelombang.</EmptyState>}
      </Section>
    </>
  )
}
