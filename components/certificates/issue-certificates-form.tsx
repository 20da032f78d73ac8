'use client'
import { useActionState } from 'react'
import { initialActionState } from '@/lib/actions/action-state-types'
import { issueCertificatesAction } from '@/lib/actions/issue-certificates'
import { FormMessage } from '../form-fields'

/** The confirm step of an issue: the target as hidden fields, one button, the outcome beside it. */
export function IssueCertificatesForm({ target, count, disabled }: { target: Record<string, string>; count: number; disabled?: boolean }) {
  const [state, action, pending] = useActionState(issueCertificatesAction, initialActionState)
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(e) => { if (!window.confirm(`Terbitkan ${count} sertifikat? Nomor yang sudah diterbitkan tidak dapat dipakai ulang.`)) e.preventDefault() }}
    >
      {Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <FormMessage state={state} />
      {state.status === 'success' || count === 0 ? null : (
        <button type="submit" disabled={pending || disabled} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Menerbitkan…' : `Konfirmasi: terbitkan ${count} sertifikat`}
        </button>
      )}
    </form>
  )
}
