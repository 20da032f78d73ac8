'use client'
import { useActionState } from 'react'
import { createTrainerUnavailabilityAction, type UnavailabilityActionState } from '@/lib/actions/create-trainer-unavailability'
import { initialActionState } from '@/lib/actions/action-state-types'
import { Field, FormMessage, SubmitButton } from './form-fields'

/** Records an unavailable date range: the trainer's own, or (Admin Pusat) the given trainer's. */
export function UnavailabilityForm({ trainerId }: { trainerId?: string }) {
  const [state, action, pending] = useActionState<UnavailabilityActionState, FormData>(createTrainerUnavailabilityAction, initialActionState)
  return (
    <form action={action} className="space-y-3" noValidate>
      {trainerId ? <input type="hidden" name="trainerId" value={trainerId} /> : null}
      <div className="grid grid-cols-2 gap-3">
        <Field name="startDate" label="Dari tanggal" type="date" state={state} required />
        <Field name="endDate" label="Sampai tanggal" type="date" state={state} required />
      </div>
      <Field name="reason" label="Alasan (opsional)" state={state} maxLength={300} />
      <FormMessage state={state} />
      {state.status === 'success' && state.warnings?.length ? (
        <div role="status" data-testid="unavailability-warning" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">Perhatian: rentang ini bertabrakan dengan penugasan berikut. Admin Pusat perlu mencari pengganti.</p>
          <ul className="mt-1 list-disc pl-5">{state.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : null}
      <SubmitButton pending={pending}>Simpan</SubmitButton>
    </form>
  )
}
