import type { TrainerAgenda } from '@/lib/server/schedule/get-trainer-agenda'
import { formatDateRange } from '@/lib/format/date-time'
import { CohortStatusBadge } from './cohort-status-badge'
import { Badge, EmptyState } from './ui'

/** The cohorts a trainer is assigned to, in date order. */
export function TrainerAssignmentList({ assignments }: { assignments: TrainerAgenda['assignments'] }) {
  if (!assignments.length) return <EmptyState>Anda belum ditugaskan ke kelas mana pun.</EmptyState>
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Kelas yang ditugaskan">
      {assignments.map(({ id, role, cohort }) => (
        <li key={id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="font-medium text-slate-900">{cohort.name}</p>
            <span className="flex gap-1">
              <Badge tone={role === 'LEAD' ? 'blue' : 'slate'}>{role === 'LEAD' ? 'Pelatih utama' : 'Pendamping'}</Badge>
              <CohortStatusBadge status={cohort.status} />
            </span>
          </div>
          <p className="text-slate-600">{cohort.wave.program.name} · Gelombang {cohort.wave.number}</p>
          <p className="mt-1 text-slate-600">{formatDateRange(cohort.startDate, cohort.endDate)} · {cohort.venue}, {cohort.city}</p>
          <p className="mt-1 text-xs text-slate-500">{cohort.province.name} ({cohort.province.timeZoneLabel})</p>
        </li>
      ))}
    </ul>
  )
}
