'use server'
import { revalidatePath } from 'next/cache'
import { getActor } from '@/lib/server/auth/session'
import { invalidateCachedReads, scopeKey } from '@/lib/server/cache/read-cache'
import { checkIn } from '@/lib/server/attendance/check-in'
import { isAppError } from '@/lib/server/errors'
import { echoedValues, formValues } from './action-state'
import type { ActionState } from './action-state-types'

/** A participant types the code the trainer shows (form: sessionId, kode). */
export async function checkInWithCodeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const values = echoedValues(formValues(formData))
  const actor = await getActor()
  if (!actor) return { status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.', values }
  try {
    const result = await checkIn(actor, { sessionId: formData.get('sessionId'), kode: formData.get('kode') })
    // Only this participant's own page shows the mark: a class checking in at once clears nobody else's reads.
    invalidateCachedReads(`dashboard:${scopeKey(actor)}`)
    revalidatePath('/peserta')
    return { status: 'success', message: result.message }
  } catch (e) {
    if (isAppError(e)) return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values }
    throw e
  }
}
