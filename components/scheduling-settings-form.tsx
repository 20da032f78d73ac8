'use client'
import { useActionState } from 'react'
import { updateSchedulingSettingsAction } from '@/lib/actions/update-scheduling-settings'
import { initialActionState } from '@/lib/actions/action-state-types'
import { Field, FormMessage, SubmitButton } from './form-fields'

type Settings = {
  startTime: string; slotsPerDay: number; firstDaySlot: number; trainersPerCohort: number; travelGapDays: number
  breaks: { afterSlot: number; minutes: number }[]
}

/** The national scheduling rules: the day plan of generated agendas, trainers per cohort, travel gap. */
export function SchedulingSettingsForm({ settings, breakRows }: { settings: Settings; breakRows: number }) {
  const [state, action, pending] = useActionState(updateSchedulingSettingsAction, initialActionState)
  return (
    <form action={action} className="space-y-5" noValidate>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">Hari pelatihan (waktu setempat kelas)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="startTime" label="Jam mulai" type="time" state={state} defaultValue={settings.startTime} required />
          <Field name="slotsPerDay" label="JP per hari" type="number" inputMode="numeric" min={1} max={16} state={state} defaultValue={settings.slotsPerDay} hint="1 JP = 45 menit" />
          <Field name="firstDaySlot" label="Hari pertama mulai pada JP ke-" type="number" inputMode="numeric" min={1} max={16} state={state} defaultValue={settings.firstDaySlot} hint="Untuk kedatangan dan registrasi peserta" />
        </div>
        <div>
          <p className="text-sm font-medium text-slate-700">Istirahat</p>
          <p className="text-xs text-slate-500">Kosongkan baris yang tidak dipakai.</p>
          <div className="mt-2 space-y-2">
            {Array.from({ length: breakRows }, (_, i) => (
              <div key={i} className="grid grid-cols-2 items-end gap-3 sm:max-w-md">
                <Field name={`breakAfter${i}`} label={`Istirahat ${i + 1}: setelah JP ke-`} type="number" inputMode="numeric" min={1} state={state} defaultValue={settings.breaks[i]?.afterSlot ?? ''} />
                <Field name={`breakMinutes${i}`} label="Lama (menit)" type="number" inputMode="numeric" min={1} state={state} defaultValue={settings.breaks[i]?.minutes ?? ''} />
              </div>
            ))}
          </div>
        </div>
        {state.fieldErrors?.dayPlan ? <p className="text-sm text-red-700">{state.fieldErrors.dayPlan.join(' ')}</p> : null}
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">Penugasan pelatih</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="trainersPerCohort" label="Pelatih per kelas" type="number" inputMode="numeric" min={1} max={20} state={state} defaultValue={settings.trainersPerCohort} hint="Satu pelatih utama, sisanya pendamping" />
          <Field name="travelGapDays" label="Jeda perjalanan antarprovinsi (hari)" type="number" inputMode="numeric" min={0} max={14} state={state} defaultValue={settings.travelGapDays} hint="Hari bebas minimal di antara dua kelas di provinsi berbeda" />
        </div>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan pengaturan</SubmitButton>
    </form>
  )
}
