'use server'
import { revalidatePath } from 'next/cache'
import { addModule } from '@/lib/server/programs/add-module'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function addModuleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => addModule(actor, values), 'Modul ditambahkan ke kurikulum.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
