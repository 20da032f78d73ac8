'use server'
import { revalidatePath } from 'next/cache'
import { createAssignment } from '@/lib/server/assignments/create-assignment'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function createAssignmentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => createAssignment(actor, values), 'Pelatih ditugaskan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
