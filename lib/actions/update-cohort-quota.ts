'use server'
import { revalidatePath } from 'next/cache'
import { updateCohortQuota } from '@/lib/server/participants/update-cohort-quota'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateCohortQuotaAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateCohortQuota(actor, values), 'Kuota disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
