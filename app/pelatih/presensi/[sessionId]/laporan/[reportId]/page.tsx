import type { Metadata } from 'next'
import { AttendanceReportPreviewPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Pratinjau kehadiran dari laporan' }

export default async function TrainerAttendanceReportPreviewPage({ params }: { params: Promise<{ sessionId: string; reportId: string }> }) {
  const actor = await requirePermission('mark:attendance:assigned')
  const { sessionId, reportId } = await params
  return <AttendanceReportPreviewPage actor={actor} sessionId={sessionId} reportId={reportId} trail={[{ href: '/pelatih/jadwal', label: 'Jadwal saya' }]} basePath={`/pelatih/presensi/${sessionId}/laporan`} />
}
