'use server'
import { redirect } from 'next/navigation'
import { cancelParticipantImport } from '@/lib/server/participants/import/cancel-participant-import'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'
import { importReturnPath } from './import-return-path'

// Back to the same preview page, which then shows the batch as cancelled.
export async function cancelParticipantImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => cancelParticipantImport(actor, { batchId: values.batchId }), 'Impor dibatalkan.')
  if (state.status !== 'success') return state
  redirect(importReturnPath(formData))
}
