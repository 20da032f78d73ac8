'use client'
import { useActionState } from 'react'
import { addModuleAction } from '@/lib/actions/add-module'
import { updateModuleAction } from '@/lib/actions/update-module'
import { initialActionState } from '@/lib/actions/action-state-types'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Props = { programId: string; module?: undefined } | { programId?: undefined; module: { id: string; title: string; jp: number } }

/** Adds a module at the end of the curriculum (`programId`) or edits one (`module`). */
export function ModuleForm({ programId, module }: Props) {
  const [state, action, pending] = useActionState(module ? updateModuleAction : addModuleAction, initialActionState)
  return (
    <form action={action} className="space-y-3" noValidate>
      {module ? <input type="hidden" name="moduleId" value={module.id} /> : <input type="hidden" name="programId" value={programId} />}
      <div className="grid gap-3 sm:grid-cols-[1fr_7rem]">
        <Field name="title" label="Judul modul" state={state} defaultValue={module?.title} required />
        <Field name="jp" label="JP" type="number" inputMode="numeric" min={1} state={state} defaultValue={module?.jp ?? 2} required hint="1 JP = 45 menit" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{module ? 'Simpan modul' : 'Tambah modul'}</SubmitButton>
    </form>
  )
}
