'use server'
import { revalidatePath } from 'next/cache'
import { updateCohortVenue } from '@/lib/server/cohorts/update-cohort-venue'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateCohortVenueAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => updateCohortVenue(actor, values), 'Tempat dan kontak kelas disimpan.')
  if (state.status === 'success') revalidatePath('/', 'layout')
  return state
}
