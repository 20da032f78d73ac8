import type { Metadata } from 'next'
import { CohortScoresPage } from '@/components/assessments/cohort-scores-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Nilai kelas' }

export default async function AdminCohortScoresPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:assessment:any')
  const { id } = await params
  return <CohortScoresPage actor={actor} cohortId={id} trail={[{ href: '/admin/program', label: 'Program' }]} cohortHref={`/admin/kelas/${id}`} certificatesHref={`/admin/kelas/${id}/sertifikat`} editable />
}
