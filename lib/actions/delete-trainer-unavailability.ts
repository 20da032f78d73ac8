'use server'
import { revalidatePath } from 'next/cache'
import { deleteTrainerUnavailability } from '@/lib/server/trainers/delete-trainer-unavailability'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function deleteTrainerUnavailabilityAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => deleteTrainerUnavailability(actor, values), 'Tanggal tidak tersedia dihapus.')
  if (state.status === 'success') {
    revalidatePath('/pelatih', 'layout')
    revalidatePath('/admin/pelatih', 'layout')
  }
  return state
}
