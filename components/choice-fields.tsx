'use client'
// Select and checkbox counterparts of form-fields' Field: the submitted value and Indonesian errors
// after a failed submit, each shown until its field is changed.
import type { ReactNode, SelectHTMLAttributes } from 'react'
import type { ActionState } from '@/lib/actions/action-state-types'
import { inputClass } from './field-styles'
import { useFieldErrors } from './use-field-errors'

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string
  label: string
  state: ActionState
  options: { value: string; label: string; disabled?: boolean }[]
  hint?: ReactNode
}

export function SelectField({ name, label, state, options, hint, defaultValue, onChange, ...rest }: SelectFieldProps) {
  const { errorOf, markEdited } = useFieldErrors(state)
  const error = errorOf(name)
  const value = state.status === 'error' && state.values && name in state.values ? state.values[name] : defaultValue
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <select
        name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} className={`${inputClass} bg-white`}
        onChange={(e) => { markEdited(name); onChange?.(e) }} {...rest}
      >
        {options.map((o) => <option key={o.value} value={o.value} disabled={o.disabled}>{o.label}</option>)}
      </select>
      {hint ? <span className="mt-1 block text-xs font-normal text-slate-500">{hint}</span> : null}
      {error ? <span id={`${name}-error`} className="mt-1 block text-xs font-normal text-red-700">{error}</span> : null}
    </label>
  )
}

export function CheckboxField({ name, label, state, defaultChecked, hint }: { name: string; label: string; state: ActionState; defaultChecked?: boolean; hint?: ReactNode }) {
  const { errorOf, markEdited } = useFieldErrors(state)
  const error = errorOf(name)
  // After a failed submit an unchecked box is simply absent from the values.
  const checked = state.status === 'error' && state.values ? state.values[name] === 'on' : defaultChecked
  return (
    <label className="flex items-start gap-2 text-sm text-slate-700">
      <input type="checkbox" name={name} defaultChecked={checked} onChange={() => markEdited(name)} aria-invalid={error ? true : undefined} className="mt-0.5 size-4 rounded border-slate-300" />
      <span>
        {label}
        {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        {error ? <span className="block text-xs text-red-700">{error}</span> : null}
      </span>
    </label>
  )
}

/** Options for a select from a label dictionary. */
export const optionsFrom = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
