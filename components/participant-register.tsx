import type { Actor } from '@/lib/auth/actor'
import { listRegencyOptions } from '@/lib/server/participants/list-region-options'
import { listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { ParticipantForm } from './participant-form'
import { EmptyState } from './ui'

/** The registration form with the cohorts the actor may register into and the regencies of their provinces. */
export async function ParticipantRegister({ actor }: { actor: Actor }) {
  const cohorts = await listRegistrationCohorts(actor)
  const regencies = await listRegencyOptions([...new Set(cohorts.map((c) => c.provinceCode))])
  if (!cohorts.length) return <EmptyState>Belum ada kelas yang menerima pendaftaran.</EmptyState>
  return (
    <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <ParticipantForm
        mode="register" regencies={regencies}
        cohorts={cohorts.map((c) => ({ id: c.id, label: c.label, provinceCode: c.provinceCode, placesLeft: Math.max(0, c.quota - c.taken) }))}
      />
    </div>
  )
}
