'use server'
import { revalidatePath } from 'next/cache'
import { withdrawEnrolment } from '@/lib/server/participants/withdraw-enrolment'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function withdrawEnrolmentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => withdrawEnrolment(actor, values), 'Peserta diundurkan dari kelas.')
  if (state.status === 'success') {
    revalidatePath('/provinsi/peserta', 'layout')
    revalidatePath('/admin/peserta', 'layout')
  }
  return state
}
