'use client'
import { useActionState } from 'react'
import { confirmParticipantImportAction } from '@/lib/actions/confirm-participant-import'
import { initialActionState } from '@/lib/actions/action-state-types'
import { CheckboxField } from './choice-fields'
import { FormMessage, SubmitButton } from './form-fields'

/** Step 3: write the previewed rows, all or nothing; rows with problems are left out only when asked. */
export function ParticipantImportConfirm({ batchId, returnTo, toWrite, invalid }: { batchId: string; returnTo: string; toWrite: number; invalid: number }) {
  const [state, action, pending] = useActionState(confirmParticipantImportAction, initialActionState)
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {invalid ? (
        <CheckboxField name="skipInvalid" state={state} label={`Lewati ${invalid} baris bermasalah dan simpan sisanya`} hint="Tanpa centang ini, perbaiki berkasnya lalu unggah ulang." />
      ) : null}
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan {toWrite} peserta</SubmitButton>
    </form>
  )
}
