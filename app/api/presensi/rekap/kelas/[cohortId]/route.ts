import { exportCohortAttendanceRecap } from '@/lib/server/attendance/export-attendance-recap'
import { fileResponse, XLSX_TYPE } from '@/lib/server/http/file-response'

/** GET /api/presensi/rekap/kelas/[cohortId] → the cohort's attendance recap as .xlsx (export:attendance, in scope; audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params
  return fileResponse((actor) => exportCohortAttendanceRecap(actor, cohortId), XLSX_TYPE)
}
