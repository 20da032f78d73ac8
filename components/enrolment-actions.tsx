'use client'
import { useActionState } from 'react'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'
import { enrolParticipantAction } from '@/lib/actions/enrol-participant'
import { moveEnrolmentAction } from '@/lib/actions/move-enrolment'
import { withdrawEnrolmentAction } from '@/lib/actions/withdraw-enrolment'
import { SelectField } from './choice-fields'
import { Field, FormMessage } from './form-fields'

const button = 'rounded-md border px-3 py-2 text-sm font-semibold disabled:opacity-60'

/** Withdraws an enrolment; the reason is required and kept. */
export function WithdrawEnrolmentForm({ enrolmentId }: { enrolmentId: string }) {
  const [state, action, pending] = useActionState(withdrawEnrolmentAction, initialActionState)
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <Field name="reason" label="Alasan mengundurkan diri" state={state} autoComplete="off" />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={`${button} border-red-300 bg-white text-red-700 hover:bg-red-50`}>
        {pending ? 'Menyimpan…' : 'Undurkan dari kelas'}
      </button>
    </form>
  )
}

type CohortChoice = { id: string; label: string; placesLeft: number }
type ChoiceAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/** A cohort picker with the places left, for moving an enrolment or enrolling into another program. */
function CohortChoiceForm({ action: submit, hidden, label, submitLabel, tone, emptyText, cohorts }: {
  action: ChoiceAction; hidden: Record<string, string>; label: string; submitLabel: string; tone: string; emptyText: string; cohorts: CohortChoice[]
}) {
  const [state, action, pending] = useActionState(submit, initialActionState)
  if (!cohorts.length) return <p className="text-sm text-slate-500">{emptyText}</p>
  return (
    <form action={action} className="space-y-2" noValidate>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SelectField
        name="cohortId" label={label} state={state} defaultValue=""
        options={[{ value: '', label: 'Pilih kelas…' }, ...cohorts.map((c) => ({ value: c.id, label: `${c.label} — ${c.placesLeft > 0 ? `sisa ${c.placesLeft} tempat` : 'penuh'}`, disabled: c.placesLeft === 0 }))]}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={`${button} ${tone}`}>{pending ? 'Menyimpan…' : submitLabel}</button>
    </form>
  )
}

/** Moves an enrolment to another cohort of the same program and province. */
export function MoveEnrolmentForm({ enrolmentId, cohorts }: { enrolmentId: string; cohorts: CohortChoice[] }) {
  return (
    <CohortChoiceForm
      action={moveEnrolmentAction} hidden={{ enrolmentId }} label="Pindahkan ke kelas" submitLabel="Pindahkan" cohorts={cohorts}
      tone="border-slate-300 bg-white text-slate-700 hover:bg-slate-50" emptyText="Tidak ada kelas lain dari program ini di provinsi yang sama yang menerima pendaftaran."
    />
  )
}

/** Enrols the participant into a cohort of another program (a new round), their data already on file. */
export function EnrolParticipantForm({ participantId, cohorts }: { participantId: string; cohorts: CohortChoice[] }) {
  return (
    <CohortChoiceForm
      action={enrolParticipantAction} hidden={{ participantId }} label="Daftarkan ke kelas program lain" submitLabel="Daftarkan" cohorts={cohorts}
      tone="border-brand-700 bg-white text-brand-700 hover:bg-brand-50" emptyText="Tidak ada kelas program lain di provinsi ini yang menerima pendaftaran."
    />
  )
}
