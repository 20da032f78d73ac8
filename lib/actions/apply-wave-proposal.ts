'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { applyWaveProposal } from '@/lib/server/assignments/apply-wave-proposal'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function applyWaveProposalAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let created = 0
  const state = await runFormAction(formData, async (actor, values) => {
    created = (await applyWaveProposal(actor, values)).created
  }, 'Usulan diterapkan.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(`/admin/gelombang/${String(formData.get('waveId'))}/penugasan?diterapkan=${created}`)
}
