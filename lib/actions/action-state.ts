import 'server-only'
import { isAppError } from '@/lib/server/errors'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { invalidateCachedReads } from '@/lib/server/cache/read-cache'
import type { ActionState } from './action-state-types'

// Form values never echoed back to the browser.
const SECRET_FIELDS = /password|accessCode|kata.?sandi|nik/i

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value
  return values
}

/**
 * Runs a server action's domain call for a form: the session first, then the call; domain errors
 * become an Indonesian message with field errors and the submitted values (never secrets), so the
 * form can show them. Unexpected errors are rethrown to the error page.
 */
export async function runFormAction<T>(
  formData: FormData,
  call: (actor: Actor, values: Record<string, string>) => Promise<T>,
  successMessage: string,
): Promise<ActionState> {
  const values = formValues(formData)
  const safeValues = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.test(k)))
  const actor = await getActor()
  if (!actor) return { status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.', values: safeValues }
  try {
    await call(actor, values)
    invalidateCachedReads()
    return { status: 'success', message: successMessage }
  } catch (e) {
    if (isAppError(e)) return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values: safeValues }
    throw e
  }
}
