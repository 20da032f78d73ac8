import type { Metadata } from 'next'
import { CohortRecapPage } from '@/components/attendance/cohort-recap-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Rekap presensi kelas' }

/** The cohort's trainers read the recap; corrections are the officers' (no correction links here). */
export default async function TrainerCohortAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:attendance:assigned')
  const { id } = await params
  return <CohortRecapPage actor={actor} cohortId={id} trail={[{ href: '/pelatih', label: 'Dasbor' }]} cohortHref={`/pelatih/kelas/${id}`} scores={{ href: `/pelatih/kelas/${id}/nilai`, label: 'Isi nilai pre/post-test' }} />
}
