import type { Metadata } from 'next'
import Link from 'next/link'
import { TrainerForm } from '@/components/trainer-form'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { listProvinces } from '@/lib/server/waves/list-provinces'

export const metadata: Metadata = { title: 'Tambah pelatih' }

export default async function NewTrainerPage() {
  await requirePermission('create:trainer:any')
  const provinces = await listProvinces()
  return (
    <>
      <Link href="/admin/pelatih" className="mb-2 inline-block text-sm text-brand-700 hover:underline">← Semua pelatih</Link>
      <PageHeader title="Tambah Pelatih Ahli" />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <TrainerForm provinces={provinces} />
      </div>
    </>
  )
}
