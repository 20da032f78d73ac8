import type { Metadata } from 'next'
import { CohortRecapPage } from '@/components/attendance/cohort-recap-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Rekap presensi kelas' }

export default async function ProvinceCohortAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:attendance:province')
  const { id } = await params
  return <CohortRecapPage actor={actor} cohortId={id} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`} correctionBase={`/provinsi/kelas/${id}/presensi/koreksi`} />
}
