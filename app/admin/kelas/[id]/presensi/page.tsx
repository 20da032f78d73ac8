import type { Metadata } from 'next'
import { CohortRecapPage } from '@/components/attendance/cohort-recap-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Rekap presensi kelas' }

export default async function AdminCohortAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:attendance:any')
  const { id } = await params
  return <CohortRecapPage actor={actor} cohortId={id} trail={[{ href: '/admin/program', label: 'Program' }]} cohortHref={`/admin/kelas/${id}`} correctionBase={`/admin/kelas/${id}/presensi/koreksi`} />
}
