'use server'
import { redirect } from 'next/navigation'
import { createTrainer } from '@/lib/server/trainers/create-trainer'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function createTrainerAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id: string | undefined
  const state = await runFormAction(formData, async (actor, values) => {
    id = (await createTrainer(actor, values)).id
  }, 'Pelatih disimpan.')
  if (state.status === 'success' && id) redirect(`/admin/pelatih/${id}?disimpan=1`)
  return state
}
