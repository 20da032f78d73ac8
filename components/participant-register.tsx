import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { closedCohortsNote } from '@/lib/participants/closed-cohorts-note'
import { listRegencyOptions } from '@/lib/server/participants/list-region-options'
import { countClosedCohorts, listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { ParticipantForm } from './participant-form'
import { EmptyState } from './ui'

/**
 * The registration form with the cohorts that take registrations now (full ones shown but not
 * selectable), a note on why completed and cancelled ones are missing, and the regencies of their provinces.
 */
export async function ParticipantRegister({ actor }: { actor: Actor }) {
  const [cohorts, closed] = await Promise.all([listRegistrationCohorts(actor), countClosedCohorts(actor)])
  const regencies = await listRegencyOptions([...new Set(cohorts.map((c) => c.provinceCode))])
  const note = closedCohortsNote(closed, can(actor.role, 'update', 'cohort'))
  if (!cohorts.length) {
    return (
      <EmptyState>
        Belum ada kelas yang menerima pendaftaran.
        {note ? <span className="mt-2 block" data-testid="closed-cohorts-note">{note}</span> : null}
      </EmptyState>
    )
  }
  return (
    <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <ParticipantForm
        mode="register" regencies={regencies} cohortNote={note}
        cohorts={cohorts.map((c) => ({ id: c.id, label: c.label, provinceCode: c.provinceCode, placesLeft: c.placesLeft }))}
      />
    </div>
  )
}
