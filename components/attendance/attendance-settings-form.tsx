'use client'
import { useActionState } from 'react'
import { updateAttendanceSettingsAction } from '@/lib/actions/update-attendance-settings'
import { initialActionState } from '@/lib/actions/action-state-types'
import type { AttendanceSettings } from '@/lib/attendance/rules'
import { Field, FormMessage, SubmitButton } from '../form-fields'

/** The national attendance rules: when marking opens and locks, lateness, the online share. */
export function AttendanceSettingsForm({ settings }: { settings: AttendanceSettings }) {
  const [state, action, pending] = useActionState(updateAttendanceSettingsAction, initialActionState)
  return (
    <form action={action} className="space-y-5" noValidate aria-label="Aturan presensi">
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">Presensi</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="checkInOpensMinutes" label="Presensi dibuka sebelum sesi mulai (menit)" type="number" inputMode="numeric" min={0} max={240} state={state} defaultValue={settings.checkInOpensMinutes} hint="Pelatih dan presensi mandiri peserta" />
          <Field name="lateGraceMinutes" label="Toleransi terlambat (menit)" type="number" inputMode="numeric" min={0} max={240} state={state} defaultValue={settings.lateGraceMinutes} hint="Presensi mandiri setelahnya dicatat Terlambat" />
          <Field name="lockDays" label="Batas penandaan pelatih (hari setelah sesi)" type="number" inputMode="numeric" min={0} max={60} state={state} defaultValue={settings.lockDays} hint="Setelahnya hanya koreksi oleh operator atau Admin Pusat" />
          <Field name="onlinePresentPercent" label="Batas hadir sesi daring (%)" type="number" inputMode="numeric" min={1} max={100} state={state} defaultValue={settings.onlinePresentPercent} hint="Bagian durasi sesi menurut laporan Zoom/Meet" />
        </div>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan aturan presensi</SubmitButton>
    </form>
  )
}
