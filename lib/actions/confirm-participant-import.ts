'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function confirmParticipantImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) =>
    confirmParticipantImport(actor, { batchId: values.batchId, skipInvalid: values.skipInvalid === 'on' }), 'Impor disimpan.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  // Back to the same preview page, which now shows the batch as saved (only ever a path of this site).
  const returnTo = String(formData.get('returnTo') ?? '')
  redirect(/^\/(provinsi|admin)\/peserta\/impor\/[0-9a-f-]{36}$/.test(returnTo) ? returnTo : '/beranda')
}
