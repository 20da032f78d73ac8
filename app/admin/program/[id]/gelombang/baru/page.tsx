import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import { WaveForm } from '@/components/wave-form'
import { formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getProgramOrThrow } from '@/lib/server/programs/get-program'
import { listProvinces } from '@/lib/server/waves/list-provinces'

export const metadata: Metadata = { title: 'Gelombang baru' }

export default async function NewWavePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('create:wave:any')
  const { id } = await params
  const [program, provinces] = await Promise.all([loadOr404(getProgramOrThrow(actor, id)), listProvinces()])
  const nextNumber = Math.max(0, ...program.waves.map((w) => w.number)) + 1
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${program.id}`, label: program.name }]} current="Gelombang baru" />
      <PageHeader
        title="Gelombang baru"
        description={`${program.name}: kurikulum ${program.modules.length} modul, ${formatNumber(program.totalJp)} JP. Satu kelas dibuat untuk setiap provinsi yang dipilih.`}
      />
      {program.modules.length ? (
        <div className="rounded-lg border border-slate-200 bg-slate-50/50 p-4 shadow-sm">
          <WaveForm programId={program.id} provinces={provinces} nextNumber={nextNumber} />
        </div>
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Kurikulum program ini belum memiliki modul. <Link href={`/admin/program/${program.id}`} className="font-medium underline">Tambahkan modul</Link> terlebih dahulu agar agenda kelas dapat disusun.
        </p>
      )}
    </>
  )
}
