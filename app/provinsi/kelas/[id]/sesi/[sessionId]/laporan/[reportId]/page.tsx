import type { Metadata } from 'next'
import { AttendanceReportPreviewPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Pratinjau kehadiran dari laporan' }

export default async function ProvinceAttendanceReportPreviewPage({ params }: { params: Promise<{ id: string; sessionId: string; reportId: string }> }) {
  const actor = await requirePermission('update:attendance:province')
  const { id, sessionId, reportId } = await params
  return <AttendanceReportPreviewPage actor={actor} sessionId={sessionId} reportId={reportId} cohortId={id} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`} basePath={`/provinsi/kelas/${id}/sesi/${sessionId}/laporan`} />
}
