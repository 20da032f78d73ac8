import type { Metadata } from 'next'
import { CohortRecapPage } from '@/components/attendance/cohort-recap-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Rekap presensi kelas' }

export default async function AdminCohortAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:attendance:any')
  const { id } = await params
  return <CohortRecapPage actor={actor} cohortId={id} back={{ href: `/admin/kelas/${id}`, label: 'Kelas' }} correctionBase={`/admin/kelas/${id}/presensi/koreksi`} />
}
