'use client'
import { useActionState } from 'react'
import { confirmParticipantImportAction } from '@/lib/actions/confirm-participant-import'
import { initialActionState } from '@/lib/actions/action-state-types'
import { formatNumber } from '@/lib/format/date-time'
import { CheckboxField } from './choice-fields'
import { FormMessage, SubmitButton } from './form-fields'

type Props = { batchId: string; returnTo: string; toWrite: number; invalid: number; overQuota: number }

/**
 * Step 3: write the previewed rows, all or nothing; rows with problems are left out only when asked.
 * When the file does not fit the quota, the choice here is to save the rows that fit, in file order
 * (the confirmation counts the places again and lists the rest as "Tidak muat kuota").
 */
export function ParticipantImportConfirm({ batchId, returnTo, toWrite, invalid, overQuota }: Props) {
  const [state, action, pending] = useActionState(confirmParticipantImportAction, initialActionState)
  const fits = toWrite - overQuota
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {overQuota ? <input type="hidden" name="fitToQuota" value="on" /> : null}
      {invalid ? (
        <CheckboxField name="skipInvalid" state={state} label={`Lewati ${invalid} baris bermasalah dan simpan sisanya`} hint="Tanpa centang ini, perbaiki berkasnya lalu unggah ulang." />
      ) : null}
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{overQuota ? `Simpan ${formatNumber(fits)} peserta yang muat` : `Simpan ${formatNumber(toWrite)} peserta`}</SubmitButton>
    </form>
  )
}
