'use client'
import { useActionState } from 'react'
import { applyWaveProposalAction } from '@/lib/actions/apply-wave-proposal'
import { initialActionState } from '@/lib/actions/action-state-types'
import { FormMessage, SubmitButton } from './form-fields'

/** "Terapkan usulan": sends the signed proposal back; refused as a whole if the data changed meanwhile. */
export function ApplyProposalForm({ waveId, token, count }: { waveId: string; token: string; count: number }) {
  const [state, action, pending] = useActionState(applyWaveProposalAction, initialActionState)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="waveId" value={waveId} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Terapkan usulan ({count} penugasan)</SubmitButton>
    </form>
  )
}
