'use server'
import { revalidatePath } from 'next/cache'
import { enrolParticipant } from '@/lib/server/participants/enrol-participant'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function enrolParticipantAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => enrolParticipant(actor, values), 'Peserta didaftarkan ke kelas.')
  if (state.status === 'success') {
    revalidatePath('/provinsi/peserta', 'layout')
    revalidatePath('/admin/peserta', 'layout')
  }
  return state
}
