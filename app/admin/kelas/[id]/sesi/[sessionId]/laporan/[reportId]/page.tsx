import type { Metadata } from 'next'
import { AttendanceReportPreviewPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Pratinjau kehadiran dari laporan' }

export default async function AdminAttendanceReportPreviewPage({ params }: { params: Promise<{ id: string; sessionId: string; reportId: string }> }) {
  const actor = await requirePermission('update:attendance:any')
  const { id, sessionId, reportId } = await params
  return <AttendanceReportPreviewPage actor={actor} sessionId={sessionId} reportId={reportId} cohortId={id} trail={[{ href: '/admin/program', label: 'Program' }]} cohortHref={`/admin/kelas/${id}`} basePath={`/admin/kelas/${id}/sesi/${sessionId}/laporan`} />
}
