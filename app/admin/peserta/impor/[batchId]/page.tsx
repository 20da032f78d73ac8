import type { Metadata } from 'next'
import { ParticipantImportResult } from '@/components/participant-import-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Hasil pemeriksaan impor' }

type Props = { params: Promise<{ batchId: string }>; searchParams: Promise<{ status?: string; page?: string; dipindahkan?: string }> }

export default async function ImportResultPage({ params, searchParams }: Props) {
  const actor = await requirePermission('create:import:any')
  const [{ batchId }, query] = await Promise.all([params, searchParams])
  return <ParticipantImportResult actor={actor} basePath="/admin/peserta" batchId={batchId} query={query} />
}
