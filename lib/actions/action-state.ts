import 'server-only'
import { isAppError } from '@/lib/server/errors'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { invalidateCachedReads } from '@/lib/server/cache/read-cache'
import { participantPath } from '@/lib/participants/paths'
import type { FieldRef } from '@/lib/server/errors'
import type { ActionState } from './action-state-types'

const fieldLink = (actor: Actor, ref: FieldRef) => ({ href: participantPath(actor.role, ref.id), label: `Buka data ${ref.name}` })

// Form values never echoed back to the browser.
const SECRET_FIELDS = /password|accessCode|kata.?sandi|nik/i

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value
  return values
}

// What a failed form gets back is capped (decision 017): no field of the app takes more than a few
// hundred characters, so a bigger value is dropped (its field comes back empty beside its error)
// rather than cut, which could be saved cut on the next try; past the total, later fields are dropped.
export const MAX_ECHOED_VALUE = 2_000
export const MAX_ECHOED_TOTAL = 20_000

/** The submitted values to give back to a failed form: never secrets, never huge. */
export function echoedValues(values: Record<string, string>): Record<string, string> {
  const echoed: Record<string, string> = {}
  let total = 0
  for (const [key, value] of Object.entries(values)) {
    if (SECRET_FIELDS.test(key) || key.length > 200 || value.length > MAX_ECHOED_VALUE) continue
    if (total + key.length + value.length > MAX_ECHOED_TOTAL) continue
    total += key.length + value.length
    echoed[key] = value
  }
  return echoed
}

/**
 * Runs a server action's domain call for a form: the session first, then the call; domain errors
 * become an Indonesian message with field errors and the submitted values (never secrets, capped), so the
 * form can show them. Unexpected errors are rethrown to the error page.
 */
export async function runFormAction<T>(
  formData: FormData,
  call: (actor: Actor, values: Record<string, string>) => Promise<T>,
  successMessage: string | ((result: T) => string),
): Promise<ActionState> {
  const values = formValues(formData)
  const safeValues = echoedValues(values)
  const actor = await getActor()
  if (!actor) return { status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.', values: safeValues }
  try {
    const result = await call(actor, values)
    invalidateCachedReads()
    return { status: 'success', message: typeof successMessage === 'function' ? successMessage(result) : successMessage }
  } catch (e) {
    if (isAppError(e)) {
      const fieldLinks = e.fieldRefs ? Object.fromEntries(Object.entries(e.fieldRefs).map(([field, ref]) => [field, fieldLink(actor, ref)])) : undefined
      return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, ...(fieldLinks && { fieldLinks }), values: safeValues }
    }
    throw e
  }
}
