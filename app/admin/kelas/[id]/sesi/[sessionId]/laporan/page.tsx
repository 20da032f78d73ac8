import type { Metadata } from 'next'
import { AttendanceReportUploadPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Kehadiran dari laporan Zoom atau Meet' }

export default async function AdminAttendanceReportPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const actor = await requirePermission('update:attendance:any')
  const { id, sessionId } = await params
  return (
    <AttendanceReportUploadPage
      actor={actor} sessionId={sessionId} cohortId={id} basePath={`/admin/kelas/${id}/sesi/${sessionId}/laporan`} trail={[{ href: '/admin/program', label: 'Program' }]} cohortHref={`/admin/kelas/${id}`}
    />
  )
}
