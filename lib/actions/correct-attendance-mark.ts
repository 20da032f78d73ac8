'use server'
import { revalidatePath } from 'next/cache'
import { correctAttendanceMark } from '@/lib/server/attendance/correct-attendance-mark'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function correctAttendanceMarkAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => correctAttendanceMark(actor, values), 'Koreksi kehadiran disimpan.')
  if (state.status === 'success') {
    revalidatePath('/admin/kelas', 'layout')
    revalidatePath('/provinsi/kelas', 'layout')
  }
  return state
}
