'use server'
import { revalidatePath } from 'next/cache'
import { updateCohortDetails } from '@/lib/server/waves/update-cohort-details'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateCohortDetailsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateCohortDetails(actor, values), 'Tanggal, kuota, dan status kelas disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
