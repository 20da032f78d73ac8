'use server'
import { revalidatePath } from 'next/cache'
import { updateAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateAttendanceSettingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateAttendanceSettings(actor, values), 'Aturan presensi disimpan. Berlaku untuk penandaan berikutnya.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
