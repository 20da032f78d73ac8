'use client'
import { useActionState } from 'react'
import type { AttendanceStatus } from '@/generated/prisma/enums'
import { correctAttendanceMarkAction } from '@/lib/actions/correct-attendance-mark'
import { initialActionState } from '@/lib/actions/action-state-types'
import { ATTENDANCE_STATUSES, statusLetter } from '@/lib/attendance/recap'
import { attendanceStatusLabel } from '@/lib/i18n/id'
import { FormMessage, inputClass, SubmitButton } from '../form-fields'
import { statusTone } from './attendance-status-chip'

type Props = { sessionId: string; enrolmentId: string; current: { status: AttendanceStatus; note: string | null } | null }

/** An officer's correction: the new status, an optional note and the required reason (audited). */
export function MarkCorrectionForm({ sessionId, enrolmentId, current }: Props) {
  const [state, action, pending] = useActionState(correctAttendanceMarkAction, initialActionState)
  const failed = state.status === 'error' && state.values
  const status = failed && state.values?.status ? state.values.status : current?.status
  const errors = (name: string) => state.fieldErrors?.[name]
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Status baru</legend>
        <div className="mt-2 grid grid-cols-5 gap-2">
          {ATTENDANCE_STATUSES.map((s) => (
            <label key={s} className={`flex cursor-pointer flex-col items-center rounded-md border-2 border-transparent px-1 py-2 text-center has-checked:border-brand-700 has-focus-visible:outline-2 has-focus-visible:outline-brand-600 ${statusTone[s]}`}>
              <input type="radio" name="status" value={s} defaultChecked={status === s} className="sr-only" />
              <span aria-hidden="true" className="text-lg font-bold">{statusLetter[s]}</span>
              <span className="text-xs font-medium">{attendanceStatusLabel[s]}</span>
            </label>
          ))}
        </div>
        {errors('status') ? <p className="mt-1 text-xs text-red-700">{errors('status')!.join(' ')}</p> : null}
      </fieldset>
      <label className="block text-sm font-medium text-slate-700">
        Catatan (boleh kosong)
        <textarea name="note" rows={2} maxLength={500} defaultValue={failed ? state.values?.note ?? '' : current?.note ?? ''} className={inputClass} aria-invalid={errors('note') ? true : undefined} />
        {errors('note') ? <span className="mt-1 block text-xs font-normal text-red-700">{errors('note')!.join(' ')}</span> : null}
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Alasan koreksi (wajib)
        <textarea name="reason" rows={3} maxLength={500} required defaultValue={failed ? state.values?.reason ?? '' : ''} className={inputClass}
          aria-invalid={errors('reason') ? true : undefined} aria-describedby="reason-hint" placeholder="Contoh: peserta hadir, tercatat alpa karena salah ketuk" />
        <span id="reason-hint" className="mt-1 block text-xs font-normal text-slate-500">Disimpan di log audit bersama status sebelum dan sesudah.</span>
        {errors('reason') ? <span className="mt-1 block text-xs font-normal text-red-700">{errors('reason')!.join(' ')}</span> : null}
      </label>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan koreksi</SubmitButton>
    </form>
  )
}
