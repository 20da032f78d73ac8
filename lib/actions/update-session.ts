'use server'
import { revalidatePath } from 'next/cache'
import { updateSession } from '@/lib/server/sessions/update-session'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateSessionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateSession(actor, values), 'Sesi disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
