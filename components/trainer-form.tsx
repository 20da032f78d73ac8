'use client'
import { useActionState } from 'react'
import { createTrainerAction } from '@/lib/actions/create-trainer'
import { updateTrainerAction } from '@/lib/actions/update-trainer'
import { initialActionState } from '@/lib/actions/action-state-types'
import { CheckboxField, SelectField } from './choice-fields'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Trainer = {
  id: string; name: string; email: string; phone: string | null; homeProvinceCode: string
  institution: string | null; expertise: string[]; active: boolean
}

/** Creates a trainer profile, or edits one when `trainer` is given. */
export function TrainerForm({ trainer, provinces }: { trainer?: Trainer; provinces: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState(trainer ? updateTrainerAction : createTrainerAction, initialActionState)
  return (
    <form action={action} className="space-y-4" noValidate>
      {trainer ? <input type="hidden" name="trainerId" value={trainer.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label="Nama lengkap" state={state} defaultValue={trainer?.name} required autoComplete="off" />
        <Field name="email" label="E-mail" type="email" state={state} defaultValue={trainer?.email} required autoComplete="off" />
        <Field name="phone" label="Nomor HP" type="tel" inputMode="tel" state={state} defaultValue={trainer?.phone ?? ''} hint="Contoh: 0812 3456 7890" />
        <SelectField
          name="homeProvinceCode" label="Provinsi asal" state={state} defaultValue={trainer?.homeProvinceCode ?? ''}
          options={[{ value: '', label: 'Pilih provinsi…' }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
        />
      </div>
      <Field name="institution" label="Instansi" state={state} defaultValue={trainer?.institution ?? ''} />
      <Field name="expertise" label="Keahlian" state={state} defaultValue={trainer?.expertise.join(', ') ?? ''} hint="Pisahkan dengan koma, mis. Literasi Digital, Advokasi" />
      {/* Unchecked boxes send nothing: the hidden "false" comes first and the box, when checked, overrides it. */}
      <input type="hidden" name="active" value="false" />
      <CheckboxField name="active" label="Aktif (dapat ditugaskan dan masuk ke aplikasi)" state={state} defaultChecked={trainer?.active ?? true} />
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{trainer ? 'Simpan perubahan' : 'Simpan pelatih'}</SubmitButton>
    </form>
  )
}
