'use client'
import { useActionState } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/form-fields'
import { checkInWithCodeAction } from '@/lib/actions/check-in-with-code'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'

/** The participant types the code the trainer shows (online sessions: on the shared screen). */
export function CheckInForm({ sessionId, initialState = initialActionState, defaultCode }: { sessionId: string; initialState?: ActionState; defaultCode?: string }) {
  const [state, action, pending] = useActionState(checkInWithCodeAction, initialState)
  if (state.status === 'success') return <FormMessage state={state} />
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Presensi mandiri">
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field
        name="kode" label="Kode presensi" state={state} defaultValue={defaultCode} required
        autoComplete="off" autoCapitalize="characters" autoCorrect="off" spellCheck={false} maxLength={12}
        placeholder="Contoh: 7KXM3P" className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-2xl uppercase tracking-[0.3em] shadow-sm focus:border-brand-600 focus:outline-none aria-[invalid=true]:border-red-500"
        hint="Enam huruf/angka yang tampil di layar pelatih."
      />
      <SubmitButton pending={pending}>Catat kehadiran saya</SubmitButton>
      {state.fieldErrors?.kode ? null : <FormMessage state={state} />}
    </form>
  )
}
