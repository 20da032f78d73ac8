import type { Metadata } from 'next'
import { AttendanceReportUploadPage } from '@/components/attendance-report/attendance-report-pages'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Kehadiran dari laporan Zoom atau Meet' }

export default async function TrainerAttendanceReportPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requirePermission('mark:attendance:assigned')
  const { sessionId } = await params
  return <AttendanceReportUploadPage actor={actor} sessionId={sessionId} basePath={`/pelatih/presensi/${sessionId}/laporan`} trail={[{ href: '/pelatih/jadwal', label: 'Jadwal saya' }]} />
}
