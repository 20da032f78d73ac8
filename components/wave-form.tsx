'use client'
import { useActionState, useState } from 'react'
import { createWaveWithCohortsAction } from '@/lib/actions/create-wave-with-cohorts'
import { initialActionState } from '@/lib/actions/action-state-types'
import { SelectField } from './choice-fields'
import { Field, FormMessage, SubmitButton } from './form-fields'
import { inputClass } from './field-styles'
import { ProvinceChecklist } from './province-checklist'
import { useFieldErrors } from './use-field-errors'

type Province = { code: string; name: string; timeZoneLabel: string }
type Override = { venue?: string; city?: string; startDate?: string; endDate?: string; quota?: string }

const PLACEHOLDER_VENUE = 'Akan ditentukan'

/** A wave and its cohorts in one step: wave fields, the provinces, and optional per-province details. */
export function WaveForm({ programId, provinces, nextNumber }: { programId: string; provinces: Province[]; nextNumber: number }) {
  const [state, action, pending] = useActionState(createWaveWithCohortsAction, initialActionState)
  const [startDate, setStartDate] = useState('')
  const [endDate, setEndDate] = useState('')
  const [quota, setQuota] = useState('60')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [overrides, setOverrides] = useState<Record<string, Override>>({})
  const chosen = provinces.filter((p) => selected.has(p.code))
  const cohorts = chosen.map((p) => {
    const o = overrides[p.code] ?? {}
    // Empty means "as the wave": the server fills in the defaults.
    return { provinceCode: p.code, venue: o.venue || undefined, city: o.city || undefined, startDate: o.startDate || undefined, endDate: o.endDate || undefined, quota: o.quota || undefined }
  })
  const setOverride = (code: string, key: keyof Override, value: string) =>
    setOverrides((prev) => ({ ...prev, [code]: { ...prev[code], [key]: value } }))
  const { errorOf, markEdited } = useFieldErrors(state)

  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="cohorts" value={JSON.stringify(cohorts)} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field name="number" label="Nomor gelombang" type="number" inputMode="numeric" min={1} state={state} defaultValue={nextNumber} required />
        <DateInput name="startDate" label="Tanggal mulai" value={startDate} onChange={(v) => { markEdited('startDate'); setStartDate(v) }} error={errorOf('startDate')} />
        <DateInput name="endDate" label="Tanggal selesai" value={endDate} onChange={(v) => { markEdited('endDate'); setEndDate(v) }} error={errorOf('endDate')} />
        <SelectField name="mode" label="Moda" state={state} options={[{ value: 'LURING', label: 'Luring (tatap muka)' }, { value: 'DARING', label: 'Daring (Zoom)' }]} />
        <label className="block text-sm font-medium text-slate-700">
          Kuota per kelas
          <input name="quota" type="number" inputMode="numeric" min={1} value={quota} onChange={(e) => { markEdited('quota'); setQuota(e.target.value) }} className={inputClass} aria-invalid={errorOf('quota') ? true : undefined} />
          {errorOf('quota') ? <span className="mt-1 block text-xs font-normal text-red-700">{errorOf('quota')}</span> : null}
        </label>
        <SelectField name="status" label="Status awal kelas" state={state} options={[{ value: 'DRAFT', label: 'Draf' }, { value: 'OPEN', label: 'Pendaftaran dibuka' }]} />
      </div>

      <ProvinceChecklist provinces={provinces} selected={selected} onChange={(next) => { markEdited('cohorts'); setSelected(next) }} />
      {errorOf('cohorts') ? <p className="text-sm text-red-700" data-testid="cohorts-error">{errorOf('cohorts')}</p> : null}

      {chosen.length ? (
        <details className="rounded-md border border-slate-200 bg-white p-3" open={chosen.length <= 5}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">Rincian kelas per provinsi ({chosen.length})</summary>
          <p className="mt-2 text-xs text-slate-500">
            Tempat diisi &ldquo;{PLACEHOLDER_VENUE}&rdquo; dan kota diisi nama provinsi sampai Anda atau operator provinsi mengubahnya di halaman kelas.
            Tanggal dan kuota mengikuti gelombang kecuali diubah di sini.
          </p>
          <ul className="mt-3 space-y-3">
            {chosen.map((p) => {
              const o = overrides[p.code] ?? {}
              return (
                <li key={p.code} className="rounded-md bg-slate-50 p-3" data-testid="cohort-draft">
                  <p className="mb-2 text-sm font-medium text-slate-900">Kelas {p.name} <span className="text-xs text-slate-500">({p.timeZoneLabel})</span></p>
                  <div className="grid grid-cols-2 gap-2 lg:grid-cols-5">
                    <SmallInput label="Tempat" value={o.venue ?? ''} placeholder={PLACEHOLDER_VENUE} onChange={(v) => setOverride(p.code, 'venue', v)} />
                    <SmallInput label="Kota" value={o.city ?? ''} placeholder={p.name} onChange={(v) => setOverride(p.code, 'city', v)} />
                    <SmallInput label="Mulai" type="date" value={o.startDate ?? startDate} onChange={(v) => setOverride(p.code, 'startDate', v)} />
                    <SmallInput label="Selesai" type="date" value={o.endDate ?? endDate} onChange={(v) => setOverride(p.code, 'endDate', v)} />
                    <SmallInput label="Kuota" type="number" value={o.quota ?? quota} onChange={(v) => setOverride(p.code, 'quota', v)} />
                  </div>
                </li>
              )
            })}
          </ul>
        </details>
      ) : null}

      <p className="text-sm text-slate-600">Agenda setiap kelas disusun otomatis dari kurikulum menurut zona waktu provinsinya. Bila satu agenda tidak muat dalam tanggalnya, tidak ada yang disimpan.</p>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Buat gelombang dan {chosen.length} kelas</SubmitButton>
    </form>
  )
}

function DateInput({ name, label, value, onChange, error }: { name: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input name={name} type="date" value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} aria-invalid={error ? true : undefined} />
      {error ? <span className="mt-1 block text-xs font-normal text-red-700">{error}</span> : null}
    </label>
  )
}

function SmallInput({ label, value, onChange, type = 'text', placeholder }: { label: string; value: string; onChange: (v: string) => void; type?: string; placeholder?: string }) {
  return (
    <label className="block text-xs font-medium text-slate-600">
      {label}
      <input type={type} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} className="mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
    </label>
  )
}
