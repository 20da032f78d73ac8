'use client'
import { useActionState } from 'react'
import { regenerateCohortAgendaAction } from '@/lib/actions/regenerate-cohort-agenda'
import { initialActionState } from '@/lib/actions/action-state-types'
import { CheckboxField } from './choice-fields'
import { FormMessage, SubmitButton } from './form-fields'

/** "Susun ulang agenda" with an explicit confirmation: every session is replaced. */
export function RegenerateAgendaForm({ cohortId, blockedReason }: { cohortId: string; blockedReason?: string }) {
  const [state, action, pending] = useActionState(regenerateCohortAgendaAction, initialActionState)
  if (blockedReason) return <p className="text-sm text-slate-600">{blockedReason}</p>
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="cohortId" value={cohortId} />
      <CheckboxField
        name="confirm" state={state}
        label="Saya mengerti seluruh sesi akan diganti dengan agenda baru dari kurikulum saat ini; perubahan jam dan tautan pertemuan akan hilang."
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Susun ulang agenda</SubmitButton>
    </form>
  )
}
