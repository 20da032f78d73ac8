import type { Metadata } from 'next'
import { AttendanceReportUploadPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Kehadiran dari laporan Zoom atau Meet' }

export default async function ProvinceAttendanceReportPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const actor = await requirePermission('update:attendance:province')
  const { id, sessionId } = await params
  return (
    <AttendanceReportUploadPage
      actor={actor} sessionId={sessionId} cohortId={id} basePath={`/provinsi/kelas/${id}/sesi/${sessionId}/laporan`} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`}
    />
  )
}
