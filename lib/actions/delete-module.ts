'use server'
import { revalidatePath } from 'next/cache'
import { deleteModule } from '@/lib/server/programs/delete-module'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function deleteModuleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => deleteModule(actor, values), 'Modul dihapus. Sesi yang sudah dijadwalkan dari modul ini tetap ada di agenda, tanpa tautan modul.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
