'use client'
import { useActionState } from 'react'
import { initialActionState } from '@/lib/actions/action-state-types'
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

/** Moves an enrolment to another cohort of the same program and province. */
export function MoveEnrolmentForm({ enrolmentId, cohorts }: { enrolmentId: string; cohorts: { id: string; label: string; placesLeft: number }[] }) {
  const [state, action, pending] = useActionState(moveEnrolmentAction, initialActionState)
  if (!cohorts.length) return <p className="text-sm text-slate-500">Tidak ada kelas lain dari program ini di provinsi yang sama.</p>
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <SelectField
        name="cohortId" label="Pindahkan ke kelas" state={state} defaultValue=""
        options={[{ value: '', label: 'Pilih kelas…' }, ...cohorts.map((c) => ({ value: c.id, label: `${c.label} — ${c.placesLeft > 0 ? `sisa ${c.placesLeft}` : 'penuh'}` }))]}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={`${button} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
        {pending ? 'Menyimpan…' : 'Pindahkan'}
      </button>
    </form>
  )
}

/** Enrols the participant into a cohort of another program (a new round), their data already on file. */
export function EnrolParticipantForm({ participantId, cohorts }: { participantId: string; cohorts: { id: string; label: string; placesLeft: number }[] }) {
  const [state, action, pending] = useActionState(enrolParticipantAction, initialActionState)
  if (!cohorts.length) return <p className="text-sm text-slate-500">Tidak ada kelas program lain di provinsi ini.</p>
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="participantId" value={participantId} />
      <SelectField
        name="cohortId" label="Daftarkan ke kelas program lain" state={state} defaultValue=""
        options={[{ value: '', label: 'Pilih kelas…' }, ...cohorts.map((c) => ({ value: c.id, label: `${c.label} — ${c.placesLeft > 0 ? `sisa ${c.placesLeft}` : 'penuh'}` }))]}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={`${button} border-brand-700 bg-white text-brand-700 hover:bg-brand-50`}>
        {pending ? 'Menyimpan…' : 'Daftarkan'}
      </button>
    </form>
  )
}
