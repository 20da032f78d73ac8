import type { Metadata } from 'next'
import { UnavailabilityForm } from '@/components/unavailability-form'
import { UnavailabilityList } from '@/components/unavailability-list'
import { PageHeader, Section } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { listTrainerUnavailability } from '@/lib/server/trainers/list-trainer-unavailability'

export const metadata: Metadata = { title: 'Ketersediaan' }

export default async function AvailabilityPage() {
  const actor = await requirePermission('read:trainer-unavailability:own')
  const items = await listTrainerUnavailability(actor)
  return (
    <>
      <PageHeader title="Ketersediaan" description="Catat tanggal ketika Anda tidak dapat mengajar, agar Admin Pusat tidak menugaskan Anda pada tanggal itu." />
      <Section title="Tambah tanggal tidak tersedia">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"><UnavailabilityForm /></div>
      </Section>
      <Section title="Tanggal tidak tersedia">
        <UnavailabilityList items={items} />
      </Section>
    </>
  )
}
