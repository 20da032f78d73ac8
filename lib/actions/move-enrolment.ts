'use server'
import { revalidatePath } from 'next/cache'
import { moveEnrolment } from '@/lib/server/participants/move-enrolment'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function moveEnrolmentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => moveEnrolment(actor, values), 'Peserta dipindahkan ke kelas lain.')
  if (state.status === 'success') {
    revalidatePath('/provinsi/peserta', 'layout')
    revalidatePath('/admin/peserta', 'layout')
  }
  return state
}
