'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { cloneWave } from '@/lib/server/waves/clone-wave'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function cloneWaveAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let id = ''
  const state = await runFormAction(formData, async (actor, values) => ({ id } = await cloneWave(actor, values)), 'Gelombang disalin.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(`/admin/gelombang/${id}?disalin=1`)
}
