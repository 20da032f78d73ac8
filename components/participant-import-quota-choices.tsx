'use client'
import { useActionState } from 'react'
import { initialActionState } from '@/lib/actions/action-state-types'
import { moveParticipantImportAction } from '@/lib/actions/move-participant-import'
import { updateCohortQuotaAction } from '@/lib/actions/update-cohort-quota'
import { formatNumber } from '@/lib/format/date-time'
import { Field, FormMessage, SubmitButton } from './form-fields'

// The import preview's other ways out when a file does not fit the cohort's quota (issue 12): move
// the preview to another cohort of the province, or (Admin Pusat) raise the quota where it binds.

type Choice = { id: string; label: string; placesLeft: number; sameProgram: boolean }

export function MoveImportForm({ batchId, returnTo, choices, toEnrol }: { batchId: string; returnTo: string; choices: Choice[]; toEnrol: number }) {
  const [state, action, pending] = useActionState(moveParticipantImportAction, initialActionState)
  return (
    <form action={action} className="space-y-3" data-testid="move-import-form">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {/* Radios rather than a select: on a phone the places left stay readable beside each long class name. */}
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Kelas tujuan</legend>
        <div className="mt-1 space-y-2">
          {choices.map((c, i) => (
            <label key={c.id} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" name="cohortId" value={c.id} defaultChecked={i === 0} className="mt-1 size-4 shrink-0" />
              <span className="min-w-0 wrap-anywhere">
                {c.label}
                <span className="block text-xs text-slate-600">
                  sisa {formatNumber(c.placesLeft)} tempat{c.placesLeft >= toEnrol ? ' — muat semua' : ''}{c.sameProgram ? '' : ' · program lain'}
                </span>
              </span>
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-500">Pemeriksaan berkas tetap berlaku; yang sudah terdaftar di kelas tujuan akan tercatat tidak berubah.</p>
        {state.fieldErrors?.cohortId ? <p className="mt-1 text-xs text-red-700">{state.fieldErrors.cohortId.join(' ')}</p> : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Pindahkan ke kelas ini</SubmitButton>
    </form>
  )
}

type QuotaProps = { cohortId: string; quota: number; suggestedQuota: number; provinceQuota: number | null; suggestedProvinceQuota: number | null; provinceName: string; waveNumber: number }

export function RaiseQuotaForm({ cohortId, quota, suggestedQuota, provinceQuota, suggestedProvinceQuota, provinceName, waveNumber }: QuotaProps) {
  const [state, action, pending] = useActionState(updateCohortQuotaAction, initialActionState)
  return (
    <form action={action} className="space-y-3" data-testid="raise-quota-form" noValidate>
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="quota" label="Kuota kelas" state={state} defaultValue={String(suggestedQuota)} inputMode="numeric" hint={`Sekarang ${formatNumber(quota)}.`} />
        {provinceQuota !== null ? (
          <Field
            name="provinceQuota" label={`Kuota ${provinceName}, gelombang ${waveNumber}`} state={state} defaultValue={String(suggestedProvinceQuota ?? provinceQuota)}
            inputMode="numeric" hint={`Sekarang ${formatNumber(provinceQuota)}.`}
          />
        ) : null}
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan kuota</SubmitButton>
    </form>
  )
}
