'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createProgram } from '@/lib/server/programs/create-program'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function createProgramAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id = ''
  const state = await runFormAction(formData, async (actor, values) => ({ id } = await createProgram(actor, values)), 'Program dibuat.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(`/admin/program/${id}?dibuat=1`)
}
