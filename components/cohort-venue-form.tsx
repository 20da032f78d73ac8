'use client'
import { useActionState } from 'react'
import { updateCohortVenueAction } from '@/lib/actions/update-cohort-venue'
import { initialActionState } from '@/lib/actions/action-state-types'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Venue = { id: string; venue: string; venueAddress: string | null; city: string; contactName: string | null; contactPhone: string | null }

export function CohortVenueForm({ cohort }: { cohort: Venue }) {
  const [state, action, pending] = useActionState(updateCohortVenueAction, initialActionState)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="cohortId" value={cohort.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="venue" label="Nama tempat (hotel)" state={state} defaultValue={cohort.venue} required />
        <Field name="city" label="Kota" state={state} defaultValue={cohort.city} required />
      </div>
      <Field name="venueAddress" label="Alamat tempat" state={state} defaultValue={cohort.venueAddress ?? ''} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="contactName" label="Narahubung" state={state} defaultValue={cohort.contactName ?? ''} />
        <Field name="contactPhone" label="Nomor HP narahubung" type="tel" inputMode="tel" state={state} defaultValue={cohort.contactPhone ?? ''} hint="Contoh: 0812 3456 7890" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan</SubmitButton>
    </form>
  )
}
