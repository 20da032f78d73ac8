import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState, PageHeader, Table, Td } from '@/components/ui'
import { programKindLabel } from '@/lib/i18n/id'
import { formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { listPrograms } from '@/lib/server/programs/list-programs'

export const metadata: Metadata = { title: 'Program' }

export default async function ProgramListPage() {
  // Everyone signed in may read programs; this page is where they are managed.
  const actor = await requirePermission('update:program:any')
  const programs = await listPrograms(actor)
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title="Program" description="Program Bimtek beserta kurikulum, syarat sertifikat, gelombang, dan kelasnya." />
        <Link href="/admin/program/baru" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Program baru</Link>
      </div>
      {programs.length ? (
        <Table head={['Program', 'Tahun', 'Jenis', 'Kurikulum', 'Gelombang', 'Kelas']} caption="Daftar program">
          {programs.map((p) => (
            <tr key={p.id}>
              <Td className="font-medium"><Link href={`/admin/program/${p.id}`} className="text-brand-700 underline-offset-2 hover:underline">{p.name}</Link></Td>
              <Td className="tabular-nums">{p.year}</Td>
              <Td>{programKindLabel[p.kind]}</Td>
              <Td className="whitespace-nowrap tabular-nums">{p.moduleCount} modul · {formatNumber(p.totalJp)} JP</Td>
              <Td className="tabular-nums">{p.waveCount}</Td>
              <Td className="tabular-nums">{formatNumber(p.cohortCount)}</Td>
            </tr>
          ))}
        </Table>
      ) : <EmptyState>Belum ada program. Buat program pertama.</EmptyState>}
    </>
  )
}
