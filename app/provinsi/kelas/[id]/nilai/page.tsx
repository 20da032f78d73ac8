import type { Metadata } from 'next'
import { CohortScoresPage } from '@/components/assessments/cohort-scores-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Nilai kelas' }

// Read only: the role map gives operators `read:assessment:province` and no update (decision 032).
export default async function ProvinceCohortScoresPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:assessment:province')
  const { id } = await params
  return <CohortScoresPage actor={actor} cohortId={id} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`} certificatesHref={`/provinsi/kelas/${id}/sertifikat`} editable={false} />
}
