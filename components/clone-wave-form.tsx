'use client'
import { useActionState } from 'react'
import { cloneWaveAction } from '@/lib/actions/clone-wave'
import { initialActionState } from '@/lib/actions/action-state-types'
import { Field, FormMessage, SubmitButton } from './form-fields'

/** Copies a wave to new dates: the number and start date of the copy. */
export function CloneWaveForm({ waveId, nextNumber }: { waveId: string; nextNumber: number }) {
  const [state, action, pending] = useActionState(cloneWaveAction, initialActionState)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="waveId" value={waveId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="number" label="Nomor gelombang baru" type="number" inputMode="numeric" min={1} state={state} defaultValue={nextNumber} required />
        <Field name="startDate" label="Tanggal mulai baru" type="date" state={state} required />
      </div>
      <p className="text-xs text-slate-500">
        Semua kelas disalin dengan provinsi, tempat, dan kuota yang sama; tanggal dan sesi bergeser sejumlah hari yang sama pada jam setempat yang sama.
        Kelas salinan berstatus Draf. Penugasan pelatih dan tautan pertemuan daring tidak disalin.
      </p>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Salin gelombang</SubmitButton>
    </form>
  )
}
