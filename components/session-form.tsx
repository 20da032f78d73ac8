'use client'
import { useActionState } from 'react'
import { createSessionAction } from '@/lib/actions/create-session'
import { updateSessionAction } from '@/lib/actions/update-session'
import { initialActionState } from '@/lib/actions/action-state-types'
import { deliveryModeLabel, sessionKindLabel } from '@/lib/i18n/id'
import { optionsFrom, SelectField } from './choice-fields'
import { Field, FormMessage, SubmitButton } from './form-fields'

/** A session's editable values with its date and times already in the venue's local time. */
export type SessionDraft = {
  title: string; kind: string; moduleId: string; jp: number; mode: string; meetingUrl: string
  date: string; startTime: string; endTime: string
}

type Props = {
  /** Adds to this cohort when no `sessionId`. */
  cohortId: string
  sessionId?: string
  draft: SessionDraft
  modules: { id: string; title: string }[]
  zoneLabel: string
  dates: { min: string; max: string }
}

/** Adds a session to a cohort's agenda or moves/retimes/edits one, in the venue's local time. */
export function SessionForm({ cohortId, sessionId, draft, modules, zoneLabel, dates }: Props) {
  const [state, action, pending] = useActionState(sessionId ? updateSessionAction : createSessionAction, initialActionState)
  const moduleOptions = [{ value: '', label: 'Tanpa modul' }, ...modules.map((m) => ({ value: m.id, label: m.title }))]
  return (
    <form action={action} className="space-y-3" noValidate data-testid={sessionId ? 'session-edit-form' : 'session-add-form'}>
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : <input type="hidden" name="cohortId" value={cohortId} />}
      <Field name="title" label="Judul sesi" state={state} defaultValue={draft.title} required />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <SelectField name="kind" label="Jenis" state={state} options={optionsFrom(sessionKindLabel)} defaultValue={draft.kind} />
        <Field name="jp" label="JP" type="number" inputMode="numeric" min={0} state={state} defaultValue={draft.jp} />
        <div className="col-span-2">
          <SelectField name="moduleId" label="Modul" state={state} options={moduleOptions} defaultValue={draft.moduleId} />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <div className="col-span-2 lg:col-span-1">
          <Field name="date" label="Tanggal" type="date" min={dates.min} max={dates.max} state={state} defaultValue={draft.date} required />
        </div>
        <Field name="startTime" label={`Mulai (${zoneLabel})`} type="time" step={300} state={state} defaultValue={draft.startTime} required />
        <Field name="endTime" label={`Selesai (${zoneLabel})`} type="time" step={300} state={state} defaultValue={draft.endTime} required />
      </div>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <SelectField name="mode" label="Moda" state={state} options={optionsFrom(deliveryModeLabel)} defaultValue={draft.mode} />
        <Field name="meetingUrl" label="Tautan pertemuan daring" type="url" inputMode="url" placeholder="https://zoom.us/j/…" state={state} defaultValue={draft.meetingUrl} hint="Wajib https://. Isi untuk sesi daring." />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{sessionId ? 'Simpan sesi' : 'Tambah sesi'}</SubmitButton>
    </form>
  )
}
