'use server'
import { revalidatePath } from 'next/cache'
import { updateModule } from '@/lib/server/programs/update-module'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateModuleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateModule(actor, values), 'Modul disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
