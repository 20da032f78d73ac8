'use server'
import { revalidatePath } from 'next/cache'
import { confirmAttendanceReport, type AttendanceReportResult } from '@/lib/server/attendance/meeting-report/confirm-attendance-report'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

/** "Konfirmasi" on a meeting report's preview: writes its marks once. */
export async function confirmAttendanceReportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let result: AttendanceReportResult | null = null
  const state = await runFormAction(formData, async (actor, values) => {
    result = await confirmAttendanceReport(actor, { sessionId: values.sessionId, reportId: values.reportId })
  }, 'Kehadiran dari laporan disimpan.')
  if (state.status !== 'success' || !result) return state
  revalidatePath('/', 'layout')
  const r: AttendanceReportResult = result
  const parts = [`${r.applied} tanda kehadiran disimpan`]
  if (r.duplicate) parts.push(`${r.duplicate} sudah tercatat dari laporan yang sama sebelumnya`)
  if (r.superseded) parts.push(`${r.superseded} tidak mengganti tanda yang dibuat lebih akhir`)
  if (r.refused) parts.push(`${r.refused} ditolak: ${r.messages.join(' ')}`)
  return { status: 'success', message: `${parts.join('; ')}.` }
}
