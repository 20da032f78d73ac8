import type { Metadata } from 'next'
import Link from 'next/link'
import { ProgramForm } from '@/components/program-form'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Program baru' }

export default async function NewProgramPage() {
  await requirePermission('create:program:any')
  return (
    <div className="max-w-2xl">
      <Link href="/admin/program" className="text-sm text-brand-700 hover:underline">← Program</Link>
      <PageHeader title="Program baru" description="Setelah program dibuat, susun kurikulumnya lalu tambahkan gelombang." />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ProgramForm />
      </div>
    </div>
  )
}
