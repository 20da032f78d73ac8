/** What a form's server action returns to the form (plain data, safe for the client). */
export type ActionState = {
  status: 'idle' | 'success' | 'error'
  message?: string
  fieldErrors?: Record<string, string[] | undefined>
  /** A link beside a field's error, e.g. to the participant who already has this NIK. */
  fieldLinks?: Record<string, { href: string; label: string } | undefined>
  values?: Record<string, string>
}

export const initialActionState: ActionState = { status: 'idle' }
