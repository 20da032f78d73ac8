'use client'
import { createContext, useActionState, useContext, type ReactNode } from 'react'
import { createAssignmentAction } from '@/lib/actions/create-assignment'
import { initialActionState } from '@/lib/actions/action-state-types'
import { FormMessage, inputClass } from './form-fields'

export type TrainerOption = { id: string; label: string }

// The trainer list is the same for every cohort of the wave: sent to the browser once, through context.
const TrainerOptions = createContext<TrainerOption[]>([])

export function TrainerOptionsProvider({ options, children }: { options: TrainerOption[]; children: ReactNode }) {
  return <TrainerOptions.Provider value={options}>{children}</TrainerOptions.Provider>
}

/** "Tambah pelatih" of one cohort: trainer and role; a refusal shows the conflict rules' reasons. */
export function AssignTrainerForm({ cohortId, cohortName, hasLead }: { cohortId: string; cohortName: string; hasLead: boolean }) {
  const options = useContext(TrainerOptions)
  const [state, action, pending] = useActionState(createAssignmentAction, initialActionState)
  return (
    <form action={action} className="space-y-2" aria-label={`Tambah pelatih ke ${cohortName}`}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="grid gap-2 sm:grid-cols-[1fr_9rem]">
        <label className="block text-xs font-medium text-slate-600">
          Pelatih
          <select name="trainerId" required defaultValue="" className={`${inputClass} bg-white text-sm`}>
            <option value="" disabled>Pilih pelatih…</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="block text-xs font-medium text-slate-600">
          Peran
          <select name="role" defaultValue={hasLead ? 'SUPPORT' : 'LEAD'} className={`${inputClass} bg-white text-sm`}>
            <option value="LEAD">Pelatih utama</option>
            <option value="SUPPORT">Pendamping</option>
          </select>
        </label>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Memeriksa…' : 'Tugaskan'}
      </button>
    </form>
  )
}
