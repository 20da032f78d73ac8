import type { Metadata } from 'next'
import { TrainerForm } from '@/components/trainer-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { listProvinces } from '@/lib/server/waves/list-provinces'

export const metadata: Metadata = { title: 'Tambah pelatih' }

export default async function NewTrainerPage() {
  await requirePermission('create:trainer:any')
  const provinces = await listProvinces()
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/pelatih', label: 'Pelatih Ahli' }]} current="Pelatih baru" />
      <PageHeader title="Tambah Pelatih Ahli" />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <TrainerForm provinces={provinces} />
      </div>
    </>
  )
}
