'use client'
import { useActionState } from 'react'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'
import { reissueCertificateAction } from '@/lib/actions/reissue-certificate'
import { revokeCertificateAction } from '@/lib/actions/revoke-certificate'
import { FormMessage, inputClass } from '../form-fields'

type Act = (state: ActionState, formData: FormData) => Promise<ActionState>

function ReasonForm({ act, certificateId, number, summary, label, button, confirm, testId }: {
  act: Act; certificateId: string; number: string; summary: string; label: string; button: string; confirm: string; testId: string
}) {
  const [state, action, pending] = useActionState(act, initialActionState)
  const errors = state.fieldErrors?.reason
  return (
    <details className="text-sm" data-testid={testId}>
      <summary className="cursor-pointer text-brand-700 hover:underline">{summary}</summary>
      <form action={action} className="mt-2 w-72 space-y-2" noValidate onSubmit={(e) => { if (!window.confirm(confirm)) e.preventDefault() }}>
        <input type="hidden" name="certificateId" value={certificateId} />
        <label className="block text-xs font-medium text-slate-700">
          {label}
          <textarea
            name="reason" rows={2} required minLength={5} maxLength={500}
            defaultValue={state.status === 'error' ? state.values?.reason : undefined}
            aria-invalid={errors ? true : undefined} aria-label={`${label} ${number}`} className={inputClass}
          />
          {errors ? <span className="mt-1 block text-xs text-red-700">{errors.join(' ')}</span> : null}
        </label>
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-xs font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60">
          {pending ? 'Menyimpan…' : button}
        </button>
      </form>
    </details>
  )
}

/** Revoke and reissue of one valid certificate (Admin Pusat), each with a reason and a confirm. */
export function CertificateActions({ certificateId, number }: { certificateId: string; number: string }) {
  return (
    <div className="space-y-1">
      <ReasonForm
        act={revokeCertificateAction} certificateId={certificateId} number={number} testId="revoke-certificate"
        summary="Cabut" label="Alasan pencabutan" button="Cabut sertifikat" confirm={`Cabut sertifikat ${number}? Halaman verifikasi akan menyatakannya dicabut.`}
      />
      <ReasonForm
        act={reissueCertificateAction} certificateId={certificateId} number={number} testId="reissue-certificate"
        summary="Terbitkan ulang" label="Alasan penerbitan ulang" button="Terbitkan ulang"
        confirm={`Terbitkan ulang sertifikat ${number}? Yang lama dicabut dan diganti nomor baru dengan nama peserta saat ini.`}
      />
    </div>
  )
}
