'use server'
import { revalidatePath } from 'next/cache'
import { formatDateRange } from '@/lib/format/date-time'
import { createTrainerUnavailability } from '@/lib/server/trainers/create-trainer-unavailability'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export type UnavailabilityActionState = ActionState & { warnings?: string[] }

export async function createTrainerUnavailabilityAction(_: UnavailabilityActionState, formData: FormData): Promise<UnavailabilityActionState> {
  let result: Awaited<ReturnType<typeof createTrainerUnavailability>> | undefined
  const state = await runFormAction(formData, async (actor, values) => {
    result = await createTrainerUnavailability(actor, values)
  }, 'Tanggal tidak tersedia dicatat.')
  if (state.status !== 'success' || !result) return state
  revalidatePath('/pelatih', 'layout')
  revalidatePath('/admin/pelatih', 'layout')
  // Recorded anyway: the trainer cannot come either way, but the admin must find a replacement.
  const warnings = result.affectedAssignments.map((a) => `${a.cohort.name} (Gelombang ${a.cohort.wave.number}, ${formatDateRange(a.cohort.startDate, a.cohort.endDate)})`)
  return { ...state, warnings }
}
