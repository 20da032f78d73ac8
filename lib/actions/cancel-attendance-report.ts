'use server'
import { revalidatePath } from 'next/cache'
import { cancelAttendanceReport } from '@/lib/server/attendance/meeting-report/cancel-attendance-report'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

/** Sets a meeting report's preview aside without marking anything. */
export async function cancelAttendanceReportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => cancelAttendanceReport(actor, { sessionId: values.sessionId, reportId: values.reportId }), 'Laporan dibatalkan; tidak ada yang ditandai.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
