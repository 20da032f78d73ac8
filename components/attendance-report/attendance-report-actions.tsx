'use client'
import { useActionState } from 'react'
import { cancelAttendanceReportAction } from '@/lib/actions/cancel-attendance-report'
import { confirmAttendanceReportAction } from '@/lib/actions/confirm-attendance-report'
import { linkAttendanceNameAction } from '@/lib/actions/link-attendance-name'
import { initialActionState } from '@/lib/actions/action-state-types'
import { FormMessage, inputClass, SubmitButton } from '../form-fields'

type Ids = { sessionId: string; reportId: string }

/** "Konfirmasi": writes the marks the preview shows, once; "Batalkan laporan" sets the preview aside. */
export function ConfirmAttendanceReport({ sessionId, reportId, toMark }: Ids & { toMark: number }) {
  const [state, action, pending] = useActionState(confirmAttendanceReportAction, initialActionState)
  const [cancelState, cancel, cancelling] = useActionState(cancelAttendanceReportAction, initialActionState)
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {toMark ? (
          <form action={action}>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="reportId" value={reportId} />
            <SubmitButton pending={pending}>Konfirmasi: tandai {toMark} peserta</SubmitButton>
          </form>
        ) : null}
        <form action={cancel}>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="reportId" value={reportId} />
          <button type="submit" disabled={cancelling} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60">
            Batalkan laporan
          </button>
        </form>
      </div>
      <FormMessage state={state.status === 'idle' ? cancelState : state} />
    </div>
  )
}

type Option = { enrolmentId: string; name: string; institution: string | null; score?: number }

/** Links one name of the report to a participant by hand; the link is remembered for the cohort. */
export function LinkAttendanceName({ sessionId, reportId, nameKey, label, candidates, others }: Ids & { nameKey: string; label: string; candidates: Option[]; others: Option[] }) {
  const [state, action, pending] = useActionState(linkAttendanceNameAction, initialActionState)
  const text = (o: Option) => `${o.name}${o.institution ? ` — ${o.institution}` : ''}`
  return (
    <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="nameKey" value={nameKey} />
      <label className="block min-w-0 flex-1 text-xs font-medium text-slate-600">
        Tautkan &ldquo;{label}&rdquo; ke
        <select name="enrolmentId" required defaultValue={candidates[0]?.enrolmentId ?? ''} className={`${inputClass} bg-white text-sm`} aria-label={`Peserta untuk ${label}`}>
          <option value="" disabled>Pilih peserta…</option>
          {candidates.length ? (
            <optgroup label="Kemungkinan">
              {candidates.map((c) => <option key={c.enrolmentId} value={c.enrolmentId}>{text(c)}</option>)}
            </optgroup>
          ) : null}
          <optgroup label="Peserta lain di kelas ini">
            {others.map((o) => <option key={o.enrolmentId} value={o.enrolmentId}>{text(o)}</option>)}
          </optgroup>
        </select>
      </label>
      <SubmitButton pending={pending}>Tautkan</SubmitButton>
      {state.status === 'error' ? <FormMessage state={state} /> : null}
    </form>
  )
}
