'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'
import { importReturnPath } from './import-return-path'

export async function confirmParticipantImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) =>
    confirmParticipantImport(actor, { batchId: values.batchId, skipInvalid: values.skipInvalid === 'on', fitToQuota: values.fitToQuota === 'on' }), 'Impor disimpan.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(importReturnPath(formData))
}
