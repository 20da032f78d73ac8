import type { Metadata } from 'next'
import Link from 'next/link'
import { ParticipantDetail } from '@/components/participant-detail'
import { PageHeader } from '@/components/ui'
import { institutionTypeLabel } from '@/lib/i18n/id'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getParticipantRecordOrThrow } from '@/lib/server/participants/get-participant-record'

export const metadata: Metadata = { title: 'Peserta' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }

export default async function ParticipantPage({ params, searchParams }: Props) {
  const actor = await requirePermission('read:participant:any')
  const { id } = await params
  const participant = await loadOr404(getParticipantRecordOrThrow(actor, id))
  const { disimpan } = await searchParams
  return (
    <>
      <Link href="/admin/peserta" className="text-sm text-brand-700 hover:underline">← Peserta</Link>
      <PageHeader
        title={participant.name}
        description={`NIK ${participant.nikMasked} · ${participant.regency.name}${participant.village ? ` · ${participant.village.name}` : ''} · ${institutionTypeLabel[participant.institutionType]}`}
      />
      {disimpan ? <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Peserta didaftarkan.</p> : null}
      <ParticipantDetail actor={actor} participant={participant} />
    </>
  )
}
