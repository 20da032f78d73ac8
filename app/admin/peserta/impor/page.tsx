import type { Metadata } from 'next'
import { ParticipantImportStart } from '@/components/participant-import-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Impor peserta' }

export default async function ImportParticipantsPage() {
  const actor = await requirePermission('create:import:any')
  return <ParticipantImportStart actor={actor} basePath="/admin/peserta" />
}
