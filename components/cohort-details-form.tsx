'use client'
import { useActionState } from 'react'
import { updateCohortDetailsAction } from '@/lib/actions/update-cohort-details'
import { initialActionState } from '@/lib/actions/action-state-types'
import { cohortStatusLabel } from '@/lib/i18n/id'
import { CheckboxField, optionsFrom, SelectField } from './choice-fields'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Details = { id: string; startDate: string; endDate: string; quota: number; status: string }

/** A cohort's dates, quota and status (Admin Pusat). */
export function CohortDetailsForm({ cohort, enrolledCount }: { cohort: Details; enrolledCount: number }) {
  const [state, action, pending] = useActionState(updateCohortDetailsAction, initialActionState)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="cohortId" value={cohort.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startDate" label="Tanggal mulai" type="date" state={state} defaultValue={cohort.startDate} required />
        <Field name="endDate" label="Tanggal selesai" type="date" state={state} defaultValue={cohort.endDate} required />
        <Field name="quota" label="Kuota peserta" type="number" inputMode="numeric" min={Math.max(1, enrolledCount)} state={state} defaultValue={cohort.quota} hint={`Terdaftar saat ini: ${enrolledCount}`} required />
        <SelectField name="status" label="Status" state={state} options={optionsFrom(cohortStatusLabel)} defaultValue={cohort.status} />
      </div>
      <CheckboxField name="shiftAgenda" label="Geser agenda mengikuti tanggal mulai baru" hint="Setiap sesi pindah sejumlah hari yang sama pada jam setempat yang sama." state={state} defaultChecked />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan</SubmitButton>
    </form>
  )
}
