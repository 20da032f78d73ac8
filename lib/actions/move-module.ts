'use server'
import { revalidatePath } from 'next/cache'
import { moveModule } from '@/lib/server/programs/move-module'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function moveModuleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => moveModule(actor, values), 'Urutan modul diubah.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
