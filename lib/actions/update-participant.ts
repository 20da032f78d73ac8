'use server'
import { revalidatePath } from 'next/cache'
import { updateParticipant } from '@/lib/server/participants/update-participant'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateParticipantAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateParticipant(actor, values), 'Data peserta disimpan.')
  if (state.status === 'success') revalidateParticipantPages()
  return state
}

function revalidateParticipantPages() {
  revalidatePath('/provinsi/peserta', 'layout')
  revalidatePath('/admin/peserta', 'layout')
}
