'use server'
import { revalidatePath } from 'next/cache'
import { rotateCalendarFeed } from '@/lib/server/calendar/rotate-calendar-feed'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function rotateCalendarFeedAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor) => rotateCalendarFeed(actor), 'Alamat kalender baru dibuat. Alamat lama tidak berlaku lagi.')
  if (state.status === 'success') revalidatePath('/pelatih/jadwal')
  return state
}
