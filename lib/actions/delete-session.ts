'use server'
import { revalidatePath } from 'next/cache'
import { deleteSession } from '@/lib/server/sessions/delete-session'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function deleteSessionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => deleteSession(actor, values), 'Sesi dihapus.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
