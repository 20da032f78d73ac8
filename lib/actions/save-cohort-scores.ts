'use server'
import { revalidatePath } from 'next/cache'
import { saveCohortScores, type SaveScoresResult } from '@/lib/server/assessments/save-cohort-scores'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

function savedMessage({ created, updated, deleted }: SaveScoresResult): string {
  if (!created && !updated && !deleted) return 'Tidak ada nilai yang berubah.'
  const parts = [created + updated ? `${created + updated} nilai disimpan` : '', deleted ? `${deleted} nilai dihapus` : ''].filter(Boolean)
  return `${parts.join(', ')}.`
}

export async function saveCohortScoresAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let result: SaveScoresResult | null = null
  const state = await runFormAction(formData, async (actor, values) => { result = await saveCohortScores(actor, values) }, '')
  if (state.status === 'success' && result) {
    revalidatePath('/admin/kelas', 'layout')
    revalidatePath('/provinsi/kelas', 'layout')
    revalidatePath('/pelatih/kelas', 'layout')
    return { ...state, message: savedMessage(result) }
  }
  return state
}
