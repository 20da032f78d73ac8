import { exportWaveAttendanceRates } from '@/lib/server/attendance/export-attendance-recap'
import { fileResponse, XLSX_TYPE } from '@/lib/server/http/file-response'

/** GET /api/presensi/rekap/gelombang/[waveId] → the wave's attendance rates per cohort as .xlsx (officers; an operator gets their province's rows). */
export async function GET(_request: Request, { params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params
  return fileResponse((actor) => exportWaveAttendanceRates(actor, waveId), XLSX_TYPE)
}
