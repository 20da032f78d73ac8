import type { Metadata } from 'next'
import { CohortScoresPage } from '@/components/assessments/cohort-scores-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Nilai kelas' }

/** The cohort's trainers enter the scores of the tests they held; another trainer's cohort is not found. */
export default async function TrainerCohortScoresPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:assessment:assigned')
  const { id } = await params
  return <CohortScoresPage actor={actor} cohortId={id} trail={[{ href: '/pelatih', label: 'Dasbor' }]} cohortHref={`/pelatih/kelas/${id}`} editable />
}
