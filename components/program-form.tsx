'use client'
import { useActionState } from 'react'
import { createProgramAction } from '@/lib/actions/create-program'
import { updateProgramAction } from '@/lib/actions/update-program'
import { initialActionState } from '@/lib/actions/action-state-types'
import { programKindLabel } from '@/lib/i18n/id'
import { CheckboxField, optionsFrom, SelectField } from './choice-fields'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Program = {
  id: string; name: string; kind: string; year: number
  minAttendancePercent: number; postTestRequired: boolean; postTestPassMark: number
}

/** Creates a program (no `program`) or edits one: name, kind, year and certificate rule. */
export function ProgramForm({ program }: { program?: Program }) {
  const [state, action, pending] = useActionState(program ? updateProgramAction : createProgramAction, initialActionState)
  return (
    <form action={action} className="space-y-4" noValidate>
      {program ? <input type="hidden" name="programId" value={program.id} /> : null}
      <Field name="name" label="Nama program" state={state} defaultValue={program?.name} required hint="Contoh: Bimtek SPP-TIK 2025" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kind" label="Jenis program" state={state} options={optionsFrom(programKindLabel)} defaultValue={program?.kind ?? 'SPP_TIK'} />
        <Field name="year" label="Tahun" type="number" inputMode="numeric" state={state} defaultValue={program?.year ?? new Date().getFullYear()} required />
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">Syarat sertifikat</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="minAttendancePercent" label="Kehadiran minimal (% JP)" type="number" inputMode="numeric" min={1} max={100} state={state} defaultValue={program?.minAttendancePercent ?? 80} />
          <Field name="postTestPassMark" label="Nilai lulus post-test (0–100)" type="number" inputMode="numeric" min={0} max={100} state={state} defaultValue={program?.postTestPassMark ?? 60} />
        </div>
        <CheckboxField name="postTestRequired" label="Wajib lulus post-test" state={state} defaultChecked={program?.postTestRequired ?? true} />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{program ? 'Simpan program' : 'Buat program'}</SubmitButton>
    </form>
  )
}
