'use server'
import { revalidatePath } from 'next/cache'
import { regenerateCohortAgenda } from '@/lib/server/sessions/regenerate-cohort-agenda'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function regenerateCohortAgendaAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => regenerateCohortAgenda(actor, values), 'Agenda disusun ulang dari kurikulum.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
