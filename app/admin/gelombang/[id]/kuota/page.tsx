import type { Metadata } from 'next'
import { QuotaForm } from '@/components/quota-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { EmptyState, PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { listWaveQuotas } from '@/lib/server/participants/list-wave-quotas'

export const metadata: Metadata = { title: 'Kuota provinsi' }

export default async function WaveQuotaPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:quota:any')
  const { id } = await params
  const wave = await loadOr404(listWaveQuotas(actor, id))
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${wave.program.id}`, label: wave.program.name }, { href: `/admin/gelombang/${wave.id}`, label: `Gelombang ${wave.number}` }]} current="Kuota provinsi" />
      <PageHeader
        title={`Kuota provinsi · Gelombang ${wave.number}`}
        description={`${wave.program.name}. Kuota provinsi membatasi jumlah peserta semua kelas provinsi itu di gelombang ini; kosongkan bila cukup kuota tiap kelas.`}
      />
      {wave.provinces.length ? <QuotaForm waveId={wave.id} provinces={wave.provinces} /> : <EmptyState>Gelombang ini belum memiliki kelas.</EmptyState>}
    </>
  )
}
