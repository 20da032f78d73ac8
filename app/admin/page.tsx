import type { Metadata } from 'next'
import Link from 'next/link'
import { ScopeStats } from '@/components/scope-stats'
import { PageHeader, Section, Table, Td, EmptyState } from '@/components/ui'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
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
        {waves.length ? (
          <Table head={['Program', 'Gelombang', 'Tanggal', 'Moda', 'Provinsi', 'Kelas', 'Peserta']} caption="Daftar gelombang">
            {waves.map((w) => (
              <tr key={w.id}>
                <Td>{w.program.name}</Td>
                <Td className="font-medium"><Link href={`/admin/gelombang/${w.id}`} className="text-brand-700 underline-offset-2 hover:underline">Gelombang {w.number}</Link></Td>
                <Td className="whitespace-nowrap">{formatDateRange(w.startDate, w.endDate)}</Td>
                <Td>{deliveryModeLabel[w.mode]}</Td>
                <Td className="tabular-nums">{w.provinceCount}</Td>
                <Td className="tabular-nums">{w.cohortCount}</Td>
                <Td className="tabular-nums">{formatNumber(w.participantCount)}</Td>
              </tr>
            ))}
          </Table>
        ) : <EmptyState>Belum ada gelombang.</EmptyState>}
      </Section>
    </>
  )
}
