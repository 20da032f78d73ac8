'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function createWaveWithCohortsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id = ''
  const state = await runFormAction(formData, async (actor, values) => ({ id } = await createWaveWithCohorts(actor, values)), 'Gelombang dan kelas dibuat.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(`/admin/gelombang/${id}?dibuat=1`)
}
