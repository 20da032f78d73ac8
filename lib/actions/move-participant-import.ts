'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { moveParticipantImport } from '@/lib/server/participants/import/move-participant-import'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'
import { importReturnPath } from './import-return-path'

export async function moveParticipantImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => moveParticipantImport(actor, values), 'Pratinjau dipindahkan.')
  if (state.status !== 'success') return state
  revalidatePath('/', 'layout')
  redirect(`${importReturnPath(formData)}?dipindahkan=1`)
}
