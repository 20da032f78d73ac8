'use client'
import { useActionState, type ReactNode } from 'react'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  fields: Record<string, string>
  children: ReactNode
  /** Accessible name when the visible label is an icon or a short word. */
  label?: string
  /** Asked in the browser before submitting (destructive actions). */
  confirmMessage?: string
  tone?: 'plain' | 'danger'
  disabled?: boolean
}

/** One button that runs one server action on one row (move, delete…), with the refusal shown beside it. */
export function InlineActionForm({ action, fields, children, label, confirmMessage, tone = 'plain', disabled }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState)
  const tones = {
    plain: 'border-slate-300 text-slate-700 hover:bg-slate-50',
    danger: 'border-red-300 text-red-700 hover:bg-red-50',
  }
  return (
    <form
      action={formAction}
      className="inline-flex flex-col items-start"
      onSubmit={(e) => { if (confirmMessage && !window.confirm(confirmMessage)) e.preventDefault() }}
    >
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <button
        type="submit"
        aria-label={label}
        title={label}
        disabled={pending || disabled}
        className={`rounded-md border bg-white px-2 py-1 text-xs font-medium disabled:opacity-40 ${tones[tone]}`}
      >
        {children}
      </button>
      {state.status === 'error' && state.message ? (
        <span role="status" data-testid="inline-action-error" className="mt-1 max-w-xs text-xs text-red-700">{state.message}</span>
      ) : null}
    </form>
  )
}
