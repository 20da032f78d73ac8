'use server'
import { revalidatePath } from 'next/cache'
import { updateWaveQuotas } from '@/lib/server/participants/update-wave-quotas'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateWaveQuotasAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateWaveQuotas(actor, values), 'Kuota provinsi disimpan.')
  if (state.status === 'success') revalidatePath('/admin/gelombang', 'layout')
  return state
}
