'use client'
// Form pieces shared by every form: labelled inputs with their Indonesian field errors, each error
// shown until its field is edited.
import Link from 'next/link'
import type { InputHTMLAttributes, ReactNode } from 'react'
import type { ActionState } from '@/lib/actions/action-state-types'
import { inputClass } from './field-styles'
import { useFieldErrors } from './use-field-errors'

// For client forms; server components import it from './field-styles'.
export { inputClass } from './field-styles'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; state: ActionState; hint?: ReactNode }

/** An input that shows the submitted value and the field's errors after a failed submit. */
export function Field({ name, label, state, hint, defaultValue, onChange, ...rest }: FieldProps) {
  const { errorOf, markEdited } = useFieldErrors(state)
  const error = errorOf(name)
  const value = state.status === 'error' && state.values && name in state.values ? state.values[name] : defaultValue
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input
        name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} className={inputClass}
        onChange={(e) => { markEdited(name); onChange?.(e) }} {...rest}
      />
      {hint ? <span className="mt-1 block text-xs font-normal text-slate-500">{hint}</span> : null}
      {error ? <span id={`${name}-error`} className="mt-1 block text-xs font-normal text-red-700">{error}</span> : null}
      {error ? <FieldLink state={state} name={name} /> : null}
    </label>
  )
}

/** The link a field's error points at (the participant who already has this NIK), when there is one. */
export function FieldLink({ state, name }: { state: ActionState; name: string }) {
  const link = state.status === 'error' ? state.fieldLinks?.[name] : undefined
  if (!link) return null
  return <Link href={link.href} className="mt-1 inline-block text-xs font-semibold text-brand-700 underline underline-offset-2">{link.label}</Link>
}

export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === 'idle' || !state.message) return null
  const tone = state.status === 'success' ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'
  return <p role="status" data-testid="form-message" className={`rounded-md px-3 py-2 text-sm ${tone}`}>{state.message}</p>
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
      {pending ? 'Menyimpan…' : children}
    </button>
  )
}
