// Select and checkbox counterparts of form-fields' Field: the submitted value and Indonesian errors after a failed submit.
import type { ReactNode, SelectHTMLAttributes } from 'react'
import type { ActionState } from '@/lib/actions/action-state-types'
import { inputClass } from './form-fields'

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string
  label: string
  state: ActionState
  options: { value: string; label: string }[]
  hint?: ReactNode
}

export function SelectField({ name, label, state, options, hint, defaultValue, ...rest }: SelectFieldProps) {
  const errors = state.fieldErrors?.[name]
  const value = state.status === 'error' && state.values && name in state.values ? state.values[name] : defaultValue
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <select name={name} defaultValue={value} aria-invalid={errors ? true : undefined} className={`${inputClass} bg-white`} {...rest}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {hint ? <span className="mt-1 block text-xs font-normal text-slate-500">{hint}</span> : null}
      {errors ? <span className="mt-1 block text-xs font-normal text-red-700">{errors.join(' ')}</span> : null}
    </label>
  )
}

export function CheckboxField({ name, label, state, defaultChecked, hint }: { name: string; label: string; state: ActionState; defaultChecked?: boolean; hint?: ReactNode }) {
  const errors = state.fieldErrors?.[name]
  // After a failed submit an unchecked box is simply absent from the values.
  const checked = state.status === 'error' && state.values ? state.values[name] === 'on' : defaultChecked
  return (
    <label className="flex items-start gap-2 text-sm text-slate-700">
      <input type="checkbox" name={name} defaultChecked={checked} className="mt-0.5 size-4 rounded border-slate-300" />
      <span>
        {label}
        {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        {errors ? <span className="block text-xs text-red-700">{errors.join(' ')}</span> : null}
      </span>
    </label>
  )
}

/** Options for a select from a label dictionary. */
export const optionsFrom = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
