import type { Metadata } from 'next'
import { ParticipantRecordPage } from '@/components/participant-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Peserta' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }

export default async function ParticipantPage({ params, searchParams }: Props) {
  const actor = await requirePermission('read:participant:province')
  const [{ id }, { disimpan }] = await Promise.all([params, searchParams])
  return <ParticipantRecordPage actor={actor} basePath="/provinsi/peserta" id={id} saved={!!disimpan} />
}
