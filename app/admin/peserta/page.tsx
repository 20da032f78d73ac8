import type { Metadata } from 'next'
import type { ParticipantSearchParams } from '@/components/participant-list'
import { ParticipantsIndex } from '@/components/participant-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Peserta' }

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<ParticipantSearchParams> }) {
  const actor = await requirePermission('read:participant:any')
  return <ParticipantsIndex actor={actor} basePath="/admin/peserta" scope="Peserta seluruh provinsi" params={await searchParams} />
}
