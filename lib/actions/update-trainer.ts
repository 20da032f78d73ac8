'use server'
import { revalidatePath } from 'next/cache'
import { updateTrainer } from '@/lib/server/trainers/update-trainer'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateTrainerAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateTrainer(actor, values), 'Profil pelatih disimpan.')
  if (state.status === 'success') revalidatePath('/admin/pelatih', 'layout')
  return state
}
