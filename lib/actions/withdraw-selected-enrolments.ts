'use server'
import { revalidatePath } from 'next/cache'
import { bulkResultMessage } from '@/lib/participants/bulk-result-message'
import { withdrawSelectedEnrolments } from '@/lib/server/participants/bulk/withdraw-selected-enrolments'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

/** Bulk withdrawal from the participant list: the ticked participants (`peserta`, many) or all matching the filter. */
export async function withdrawSelectedEnrolmentsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => withdrawSelectedEnrolments(actor, { ...values, peserta: formData.getAll('peserta') }),
    (result) => bulkResultMessage('diundurkan', result, 'tidak berstatus Terdaftar, mis. sudah mundur'))
  if (state.status === 'success') {
    revalidatePath('/provinsi/peserta', 'layout')
    revalidatePath('/admin/peserta', 'layout')
  }
  return state
}
