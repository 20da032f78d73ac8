'use client'
import { useActionState } from 'react'
import { initialActionState } from '@/lib/actions/action-state-types'
import { updateWaveQuotasAction } from '@/lib/actions/update-wave-quotas'
import { formatNumber } from '@/lib/format/date-time'
import { FormMessage, inputClass, SubmitButton } from './form-fields'

type Row = { provinceCode: string; provinceName: string; cohortCount: number; cohortPlaces: number; taken: number; quota: number | null }

/** The provinces of a wave with an editable quota each; blank means the cohorts' own quotas only. */
export function QuotaForm({ waveId, provinces }: { waveId: string; provinces: Row[] }) {
  const [state, action, pending] = useActionState(updateWaveQuotasAction, initialActionState)
  const valueOf = (r: Row) => (state.status === 'error' && state.values ? state.values[`quota.${r.provinceCode}`] : r.quota === null ? '' : String(r.quota))
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="waveId" value={waveId} />
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="sr-only">Kuota per provinsi</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr><th className="px-3 py-2">Provinsi</th><th className="px-3 py-2 text-right">Kelas</th><th className="px-3 py-2 text-right">Tempat di kelas</th><th className="px-3 py-2 text-right">Terdaftar</th><th className="px-3 py-2">Kuota provinsi</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {provinces.map((r) => {
              const name = `quota.${r.provinceCode}`
              const errors = state.fieldErrors?.[name]
              return (
                <tr key={r.provinceCode}>
                  <td className="px-3 py-2 font-medium">{r.provinceName}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.cohortCount)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.cohortPlaces)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(r.taken)}</td>
                  <td className="px-3 py-2">
                    <input
                      key={`${name}:${valueOf(r)}`} name={name} defaultValue={valueOf(r)} inputMode="numeric" aria-label={`Kuota ${r.provinceName}`}
                      aria-invalid={errors ? true : undefined} placeholder="Tanpa kuota" className={`${inputClass} mt-0 w-32`}
                    />
                    {errors ? <span className="mt-1 block text-xs text-red-700">{errors.join(' ')}</span> : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Simpan kuota</SubmitButton>
    </form>
  )
}
