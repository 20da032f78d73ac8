'use server'
import { revalidatePath } from 'next/cache'
import { createSession } from '@/lib/server/sessions/create-session'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function createSessionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => createSession(actor, values), 'Sesi ditambahkan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
