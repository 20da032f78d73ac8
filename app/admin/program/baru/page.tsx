import type { Metadata } from 'next'
import { ProgramForm } from '@/components/program-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Program baru' }

export default async function NewProgramPage() {
  await requirePermission('create:program:any')
  return (
    <div className="max-w-2xl">
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }]} current="Program baru" />
      <PageHeader title="Program baru" description="Setelah program dibuat, susun kurikulumnya lalu tambahkan gelombang." />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ProgramForm />
      </div>
    </div>
  )
}
