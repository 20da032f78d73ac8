'use server'
import { revalidatePath } from 'next/cache'
import { linkAttendanceName } from '@/lib/server/attendance/meeting-report/link-attendance-name'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

/** A name of a meeting report linked by hand to a participant; remembered for the cohort. */
export async function linkAttendanceNameAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) =>
    linkAttendanceName(actor, { sessionId: values.sessionId, reportId: values.reportId, nameKey: values.nameKey, enrolmentId: values.enrolmentId }),
  'Nama ditautkan. Sesi berikutnya kelas ini mengenali nama ini dengan sendirinya.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
