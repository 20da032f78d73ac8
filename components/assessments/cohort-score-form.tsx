'use client'
// The score form of a cohort: every participant with a pre-test and a post-test input, for a trainer
// marking scores on a phone after the test, or Admin Pusat correcting them. Only the changed scores
// are posted, each with the score the form showed when it was opened (the server refuses one that
// someone else changed in between). What was typed stays on screen after a refused save, with each
// field's message beside it; a save that went through shows the stored scores again.
import { useActionState, useEffect, useMemo, useState } from 'react'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'
import { saveCohortScoresAction } from '@/lib/actions/save-cohort-scores'
import { parseScore, type ScoreField } from '@/lib/assessments/score'
import { matchesSearch } from '@/lib/attendance/mark-queue'
import { FormMessage, inputClass, SubmitButton } from '../form-fields'

export type ScoreFormRow = { enrolmentId: string; name: string; institution: string; pre: string; post: string }
type Props = { cohortId: string; rows: ScoreFormRow[]; passMark: number | null }

const FIELDS: { key: ScoreField; label: string }[] = [{ key: 'pre', label: 'Pre-test' }, { key: 'post', label: 'Post-test' }]
const fieldOf = (key: ScoreField, enrolmentId: string) => `${key}.${enrolmentId}`

/** Whether a typed value differs from the stored one (an unreadable value counts: the server says why). */
function differs(typed: string, stored: string): boolean {
  const a = parseScore(typed)
  const b = parseScore(stored)
  return !a.ok || !b.ok || a.hundredths !== b.hundredths
}

export function CohortScoreForm({ cohortId, rows, passMark }: Props) {
  const [edits, setEdits] = useState<Record<string, string>>({})
  // Saved: the page now shows the stored scores (the action revalidates it); the edits are spent.
  const [state, dispatch, pending] = useActionState(async (previous: ActionState, data: FormData) => {
    const next = await saveCohortScoresAction(previous, data)
    if (next.status === 'success') setEdits({})
    return next
  }, initialActionState)
  const [submitted, setSubmitted] = useState<Record<string, string>>({})
  const [query, setQuery] = useState('')
  const stored = useMemo(() => new Map(rows.flatMap((r) => FIELDS.map(({ key }) => [fieldOf(key, r.enrolmentId), r[key]] as const))), [rows])
  const changed = Object.entries(edits).filter(([field, value]) => differs(value, stored.get(field) ?? ''))

  // A phone's back gesture must not throw typed scores away unasked.
  useEffect(() => {
    if (!changed.length) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [changed.length])

  function save() {
    const data = new FormData()
    data.set('cohortId', cohortId)
    for (const [field, value] of changed) {
      data.set(field, value)
      data.set(`was.${field}`, stored.get(field) ?? '')
    }
    setSubmitted(Object.fromEntries(changed))
    dispatch(data)
  }

  const visible = rows.filter((r) => matchesSearch(`${r.name} ${r.institution}`, query))
  return (
    <form action={save} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">
        Kosongkan isian bila peserta belum mengikuti tes; mengosongkan nilai yang sudah tersimpan akan menghapusnya.
        Desimal boleh memakai koma atau titik, misalnya 87,5.
      </p>
      {rows.length > 8 ? (
        <label className="block text-sm font-medium text-slate-700">
          Cari peserta
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Nama atau instansi" className={inputClass} autoComplete="off" />
        </label>
      ) : null}
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <div className="hidden grid-cols-[minmax(0,1fr)_8rem_8rem] gap-x-4 border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm font-medium text-slate-600 sm:grid" aria-hidden="true">
          <span>Peserta</span><span>Pre-test</span><span>Post-test</span>
        </div>
        <ol className="divide-y divide-slate-100" aria-label="Nilai peserta">
          {visible.map((r) => (
            <li key={r.enrolmentId} data-testid="score-row" className="grid grid-cols-2 gap-x-3 gap-y-2 px-3 py-3 sm:grid-cols-[minmax(0,1fr)_8rem_8rem] sm:gap-x-4">
              <div className="col-span-2 min-w-0 sm:col-span-1">
                <p className="font-medium break-words text-slate-900">{r.name}</p>
                <p className="text-xs break-words text-slate-500">{r.institution}</p>
              </div>
              {FIELDS.map(({ key, label }) => {
                const field = fieldOf(key, r.enrolmentId)
                const value = edits[field] ?? r[key]
                const parsed = parseScore(value)
                const serverErrors = state.status === 'error' && submitted[field] === value ? state.fieldErrors?.[field] : undefined
                const message = !parsed.ok ? parsed.message : serverErrors?.join(' ')
                const below = key === 'post' && passMark !== null && parsed.ok && parsed.hundredths !== null && parsed.hundredths < passMark * 100
                const isChanged = edits[field] !== undefined && differs(value, r[key])
                return (
                  // The messages sit beside the label, not in it: the input's name stays "Post-test <name>".
                  // The scroll margins keep a focused input clear of the sticky save bar (the keyboard's "next").
                  <div key={key} className="min-w-0 text-xs">
                    <label className="block font-medium text-slate-600">
                      <span className="sm:sr-only">{label}</span>
                      <span className="sr-only"> {r.name}</span>
                      <input
                        name={field} value={value} onChange={(e) => setEdits((all) => ({ ...all, [field]: e.target.value }))}
                        inputMode="decimal" autoComplete="off" enterKeyHint="next" placeholder="–"
                        aria-invalid={message ? true : undefined} aria-describedby={message ? `${field}-error` : below ? `${field}-hint` : undefined}
                        className={`${inputClass} mt-1 scroll-mt-20 scroll-mb-56 tabular-nums sm:mt-0 ${isChanged ? 'border-brand-600 bg-brand-50' : ''}`}
                      />
                    </label>
                    {message ? <p id={`${field}-error`} className="mt-1 text-red-700">{message}</p> : null}
                    {!message && below ? <p id={`${field}-hint`} className="mt-1 text-amber-800">Di bawah nilai lulus {passMark}</p> : null}
                  </div>
                )
              })}
            </li>
          ))}
        </ol>
        {!visible.length ? <p className="px-3 py-4 text-sm text-slate-500">Tidak ada peserta yang cocok dengan pencarian.</p> : null}
      </div>
      <div className="sticky bottom-0 z-10 -mx-1 space-y-2 border-t border-slate-200 bg-white/95 px-1 py-3 backdrop-blur">
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending}>Simpan nilai</SubmitButton>
          <span className="text-sm text-slate-600" aria-live="polite" data-testid="changed-count">
            {changed.length ? `${changed.length} nilai berubah, belum disimpan` : 'Belum ada perubahan'}
          </span>
        </div>
      </div>
    </form>
  )
}
