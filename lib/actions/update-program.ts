'use server'
import { revalidatePath } from 'next/cache'
import { updateProgram } from '@/lib/server/programs/update-program'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateProgramAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateProgram(actor, values), 'Program disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
