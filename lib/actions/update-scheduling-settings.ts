'use server'
import { revalidatePath } from 'next/cache'
import { updateSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateSchedulingSettingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateSchedulingSettings(actor, values), 'Pengaturan penjadwalan disimpan. Agenda yang baru disusun akan mengikutinya.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
