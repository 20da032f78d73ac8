'use server'
import { revalidatePath } from 'next/cache'
import { deleteAssignment } from '@/lib/server/assignments/delete-assignment'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function deleteAssignmentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => deleteAssignment(actor, values), 'Pelatih dilepas dari kelas.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
