'use server'
import { redirect } from 'next/navigation'
import { participantPath } from '@/lib/participants/paths'
import { registerParticipant } from '@/lib/server/participants/register-participant'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function registerParticipantAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let target: string | undefined
  const state = await runFormAction(formData, async (actor, values) => {
    const { id } = await registerParticipant(actor, values)
    target = `${participantPath(actor.role, id)}?disimpan=1`
  }, 'Peserta didaftarkan.')
  if (state.status === 'success' && target) redirect(target)
  return state
}
