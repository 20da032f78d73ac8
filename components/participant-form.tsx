'use client'
import { startTransition, useActionState, useMemo, useState, useTransition, type FormEvent } from 'react'
import { initialActionState } from '@/lib/actions/action-state-types'
import { listParticipantVillageOptionsAction } from '@/lib/actions/list-participant-village-options'
import { registerParticipantAction } from '@/lib/actions/register-participant'
import { updateParticipantAction } from '@/lib/actions/update-participant'
import { institutionTypeLabel } from '@/lib/i18n/id'
import { villageChoice, type VillageOption } from '@/lib/regions/village-choice'
import { optionsFrom, SelectField } from './choice-fields'
import { Field, FormMessage, inputClass, SubmitButton } from './form-fields'
import { RegionComboBox } from './region-combobox'

export type CohortOption = { id: string; label: string; provinceCode: string; placesLeft: number }
export type RegencyOption = { code: string; name: string; provinceCode: string }

type EditedParticipant = {
  id: string; name: string; nikMasked: string; phone: string; email: string | null; institutionType: string
  institutionName: string; npp: string | null; regencyCode: string; villageCode: string | null; provinceCode: string
}

type Props =
  | { mode: 'register'; cohorts: CohortOption[]; regencies: RegencyOption[]; cohortNote?: string | null; participant?: undefined; villages?: undefined }
  | { mode: 'edit'; participant: EditedParticipant; regencies: RegencyOption[]; villages: VillageOption[]; cohorts?: undefined; cohortNote?: undefined }

/** Registers a participant into a cohort, or edits one. Regency and village are searched in the official lists. */
export function ParticipantForm(props: Props) {
  const { participant } = props
  const [state, action, pending] = useActionState(props.mode === 'edit' ? updateParticipantAction : registerParticipantAction, initialActionState)
  const submitted = state.status === 'error' ? state.values : undefined
  const open = props.cohorts?.filter((c) => c.placesLeft > 0) ?? []
  const [cohortId, setCohortId] = useState(submitted?.cohortId ?? (open.length === 1 ? open[0].id : ''))
  const [regencyCode, setRegencyCode] = useState(submitted?.regencyCode ?? participant?.regencyCode ?? '')
  const [villageCode, setVillageCode] = useState(submitted?.villageCode ?? participant?.villageCode ?? '')
  const [villages, setVillages] = useState<VillageOption[]>(props.villages ?? [])
  const [loadingVillages, startLoading] = useTransition()

  const chosen = props.cohorts?.find((c) => c.id === cohortId)
  const provinceCode = participant?.provinceCode ?? chosen?.provinceCode
  const regencyChoices = useMemo(
    () => props.regencies.filter((r) => r.provinceCode === provinceCode).map((r) => ({ id: r.code, name: r.name, textValue: r.name })),
    [props.regencies, provinceCode],
  )
  const villageChoices = useMemo(() => villages.map(villageChoice), [villages])

  function chooseCohort(id: string) {
    setCohortId(id)
    const nextProvince = props.cohorts?.find((c) => c.id === id)?.provinceCode
    if (regencyCode && !props.regencies.some((r) => r.code === regencyCode && r.provinceCode === nextProvince)) chooseRegency('')
  }

  function chooseRegency(code: string) {
    setRegencyCode(code)
    setVillageCode('')
    setVillages([])
    if (!code) return
    startLoading(async () => {
      const options = await listParticipantVillageOptionsAction(code)
      // A slower answer for a regency chosen before must not replace the current list.
      setRegencyCode((current) => {
        if (current === code) setVillages(options)
        return current
      })
    })
  }

  // Submitted through onSubmit rather than the form's action: React resets a form after an action
  // runs, which would clear the chosen cohort, regency and village (controlled choices) on an error.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const formData = new FormData(e.currentTarget)
    startTransition(() => action(formData))
  }

  const errorOf = (name: string) => state.fieldErrors?.[name]?.join(' ')
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {participant ? <input type="hidden" name="participantId" value={participant.id} /> : null}
      {props.mode === 'register' ? (
        <label className="block text-sm font-medium text-slate-700">
          Kelas
          <select
            name="cohortId" value={cohortId} onChange={(e) => chooseCohort(e.target.value)} className={`${inputClass} bg-white`}
            aria-invalid={errorOf('cohortId') ? true : undefined} aria-describedby={props.cohortNote ? 'cohort-note' : undefined}
          >
            <option value="">Pilih kelas…</option>
            {/* A full cohort stays in the list, not selectable, so the officer sees why it cannot be chosen. */}
            {props.cohorts.map((c) => (
              <option key={c.id} value={c.id} disabled={c.placesLeft === 0}>{c.label} — {c.placesLeft > 0 ? `sisa ${c.placesLeft} tempat` : 'penuh'}</option>
            ))}
          </select>
          {/* On a phone the option's text is cut before its places: say them under the picker too. */}
          {chosen ? <span className="mt-1 block text-xs font-normal text-slate-700" data-testid="cohort-places">Sisa {chosen.placesLeft} tempat di kelas ini.</span> : null}
          {props.cohortNote ? <span id="cohort-note" data-testid="closed-cohorts-note" className="mt-1 block text-xs font-normal text-slate-500">{props.cohortNote}</span> : null}
          {errorOf('cohortId') ? <span className="mt-1 block text-xs font-normal text-red-700">{errorOf('cohortId')}</span> : null}
        </label>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label="Nama lengkap" state={state} defaultValue={participant?.name} required autoComplete="off" />
        <Field
          name="nik" label="NIK" state={state} inputMode="numeric" autoComplete="off" maxLength={24}
          placeholder={participant ? participant.nikMasked : undefined}
          hint={participant ? 'Kosongkan bila NIK tidak diubah.' : '16 digit sesuai KTP. Disimpan terenkripsi.'}
        />
        <Field name="phone" label="Nomor HP (WhatsApp)" type="tel" inputMode="tel" state={state} defaultValue={participant?.phone} hint="Contoh: 0812 3456 7890" required />
        <Field name="email" label="E-mail (opsional)" type="email" state={state} defaultValue={participant?.email ?? ''} autoComplete="off" />
        <SelectField
          name="institutionType" label="Jenis lembaga" state={state} defaultValue={participant?.institutionType ?? ''}
          options={[{ value: '', label: 'Pilih jenis lembaga…' }, ...optionsFrom(institutionTypeLabel)]}
        />
        <Field name="institutionName" label="Nama lembaga" state={state} defaultValue={participant?.institutionName} required />
        <Field name="npp" label="NPP (opsional)" state={state} defaultValue={participant?.npp ?? ''} hint="Nomor Pokok Perpustakaan, bila ada." />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <RegionComboBox
          name="regencyCode" label="Kabupaten/kota" state={state} options={regencyChoices} selectedKey={regencyCode} onChange={chooseRegency}
          isDisabled={!provinceCode} placeholder={provinceCode ? 'Ketik nama kabupaten/kota…' : 'Pilih kelas terlebih dahulu'}
          emptyText="Tidak ada kabupaten/kota yang cocok" buttonLabel="Tampilkan semua kabupaten/kota"
        />
        <RegionComboBox
          name="villageCode" label="Desa/Kelurahan (opsional)" state={state} options={villageChoices} selectedKey={villageCode} onChange={setVillageCode}
          isDisabled={!regencyCode || loadingVillages} emptyText="Tidak ada desa yang cocok" buttonLabel="Tampilkan semua desa/kelurahan"
          placeholder={loadingVillages ? 'Memuat…' : regencyCode ? 'Ketik nama desa…' : 'Pilih kabupaten/kota dahulu'}
          hint={regencyCode && !loadingVillages ? 'Ketik sebagian nama desa atau kecamatan, lalu pilih.' : undefined}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{participant ? 'Simpan perubahan' : 'Daftarkan peserta'}</SubmitButton>
    </form>
  )
}
