import { deleteAssignmentAction } from '@/lib/actions/delete-assignment'
import { formatDateRange } from '@/lib/format/date-time'
import { assignmentRoleLabel } from '@/lib/i18n/id'
import type { WaveAssignmentBoard as Board } from '@/lib/server/assignments/get-wave-assignment-board'
import { AssignTrainerForm, TrainerOptionsProvider } from './assign-trainer-form'
import { InlineActionForm } from './inline-action-form'
import { Badge, EmptyState } from './ui'

/** Every cohort of a wave with its trainers (remove) and a form to add one. */
export function WaveAssignmentBoard({ board, trainersPerCohort }: { board: Board; trainersPerCohort: number }) {
  const { wave, trainerOptions } = board
  if (!wave.cohorts.length) return <EmptyState>Gelombang ini belum memiliki kelas.</EmptyState>
  const options = trainerOptions.map((t) => ({ id: t.id, label: `${t.name} — ${t.provinceName} (${t.assignmentCount} kelas)` }))
  return (
    <TrainerOptionsProvider options={options}>
      <ul className="grid gap-4 lg:grid-cols-2" aria-label="Kelas gelombang ini">
        {wave.cohorts.map((cohort) => {
          const count = cohort.assignments.length
          const hasLead = cohort.assignments.some((a) => a.role === 'LEAD')
          return (
            <li key={cohort.id} data-testid="cohort-card" data-cohort-name={cohort.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="font-semibold text-slate-900">{cohort.name}</h3>
                  <p className="text-sm text-slate-600">{formatDateRange(cohort.startDate, cohort.endDate)} · {cohort.city} ({cohort.province.timeZoneLabel})</p>
                </div>
                <div className="flex flex-wrap gap-1">
                  {cohort.status === 'CANCELLED' ? <Badge tone="red">Dibatalkan</Badge> : null}
                  {!hasLead && count ? <Badge tone="amber">Tanpa pelatih utama</Badge> : null}
                  <Badge tone={count >= trainersPerCohort ? 'green' : 'amber'}>
                    <span data-testid="trainer-count">{count}/{trainersPerCohort}</span> pelatih
                  </Badge>
                </div>
              </div>
              {count ? (
                <ul className="mt-3 divide-y divide-slate-100 border-y border-slate-100" aria-label={`Pelatih ${cohort.name}`}>
                  {cohort.assignments.map((a) => (
                    <li key={a.id} data-testid="assigned-trainer" data-trainer-id={a.trainer.id} className="flex items-start justify-between gap-2 py-2 text-sm">
                      <span className="min-w-0">
                        <span className="font-medium text-slate-900">{a.trainer.name}</span>{' '}
                        <Badge tone={a.role === 'LEAD' ? 'blue' : 'slate'}>{assignmentRoleLabel[a.role]}</Badge>
                        <span className="block text-xs text-slate-500">
                          Asal {a.trainer.homeProvince.name}{a.trainer.homeProvince.code === cohort.province.code ? ' (provinsi kelas)' : ''}
                        </span>
                      </span>
                      <InlineActionForm action={deleteAssignmentAction} fields={{ assignmentId: a.id }} tone="danger" label={`Lepas ${a.trainer.name}`} confirmMessage={`Lepas ${a.trainer.name} dari ${cohort.name}?`}>
                        Lepas
                      </InlineActionForm>
                    </li>
                  ))}
                </ul>
              ) : <p className="mt-3 text-sm text-slate-500">Belum ada pelatih.</p>}
              {cohort.status === 'CANCELLED' ? null : (
                <details className="mt-3" open={count < trainersPerCohort}>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">Tambah pelatih</summary>
                  <div className="mt-2"><AssignTrainerForm cohortId={cohort.id} cohortName={cohort.name} hasLead={hasLead} /></div>
                </details>
              )}
            </li>
          )
        })}
      </ul>
    </TrainerOptionsProvider>
  )
}
