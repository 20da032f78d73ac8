'use server'
import { revalidatePath } from 'next/cache'
import { bulkResultMessage } from '@/lib/participants/bulk-result-message'
import { moveSelectedEnrolments } from '@/lib/server/participants/bulk/move-selected-enrolments'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

/** Bulk move from the participant list: the ticked participants (`peserta`, many) or all matching the filter. */
export async function moveSelectedEnrolmentsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => moveSelectedEnrolments(actor, { ...values, peserta: formData.getAll('peserta') }),
    (result) => bulkResultMessage('dipindahkan', result, 'tidak berstatus Terdaftar atau sudah di kelas tujuan'))
  if (state.status === 'success') {
    revalidatePath('/provinsi/peserta', 'layout')
    revalidatePath('/admin/peserta', 'layout')
  }
  return state
}
