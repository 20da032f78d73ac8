import type { Metadata } from 'next'
import Link from 'next/link'
import { ParticipantExportLink as ExportLink } from '@/components/participant-export-link'
import { ParticipantList, type ParticipantSearchParams } from '@/components/participant-list'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Peserta' }

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<ParticipantSearchParams> }) {
  const actor = await requirePermission('read:participant:any')
  const params = await searchParams
  return (
    <>
      <PageHeader title="Peserta" description="Peserta seluruh provinsi: cari, saring, dan buka untuk mengubah data, mengundurkan, atau memindahkan kelas." />
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href="/admin/peserta/baru" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Daftarkan peserta</Link>
        <Link href="/admin/peserta/impor" className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">Impor dari Excel</Link>
        <ExportLink cohortId={params.kelas} />
      </div>
      <ParticipantList actor={actor} basePath="/admin/peserta" params={params} />
    </>
  )
}
