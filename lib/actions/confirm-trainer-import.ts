'use server'
import { revalidatePath } from 'next/cache'
import { formatNumber } from '@/lib/format/date-time'
import { commitTrainerImport } from '@/lib/server/trainers/import/commit-trainer-import'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function confirmTrainerImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let result: Awaited<ReturnType<typeof commitTrainerImport>> | undefined
  const state = await runFormAction(formData, async (actor, values) => {
    result = await commitTrainerImport(actor, values)
  }, 'Impor selesai.')
  if (state.status !== 'success' || !result) return state
  revalidatePath('/admin/pelatih', 'layout')
  return {
    status: 'success',
    message: `Impor selesai: ${formatNumber(result.created)} pelatih baru, ${formatNumber(result.updated)} diperbarui, ${formatNumber(result.unchanged)} tidak berubah.`,
  }
}
