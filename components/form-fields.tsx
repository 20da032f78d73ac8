// Form pieces shared by every form: labelled inputs with their Indonesian field errors.
import type { InputHTMLAttributes, ReactNode } from 'react'
import type { ActionState } from '@/lib/actions/action-state-types'

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none aria-[invalid=true]:border-red-500'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; state: ActionState; hint?: ReactNode }

/** An input that shows the submitted value and the field's errors after a failed submit. */
export function Field({ name, label, state, hint, defaultValue, ...rest }: FieldProps) {
  const errors = state.fieldErrors?.[name]
  const value = state.status === 'error' && state.values && name in state.values ? state.values[name] : defaultValue
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input name={name} defaultValue={value} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${name}-error` : undefined} className={inputClass} {...rest} />
      {hint ? <span className="mt-1 block text-xs font-normal text-slate-500">{hint}</span> : null}
      {errors ? <span id={`${name}-error`} className="mt-1 block text-xs font-normal text-red-700">{errors.join(' ')}</span> : null}
    </label>
  )
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
