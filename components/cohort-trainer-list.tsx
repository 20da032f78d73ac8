import { EmptyState } from './ui'

type CohortTrainer = { id: string; role: 'LEAD' | 'SUPPORT'; trainer: { name: string; phone: string | null; institution: string | null } }

/** The Pelatih Ahli of a cohort, lead first, with a phone link for the host's logistics. */
export function CohortTrainerList({ assignments }: { assignments: CohortTrainer[] }) {
  if (!assignments.length) return <EmptyState>Belum ada pelatih yang ditugaskan.</EmptyState>
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Pelatih Ahli kelas ini">
      {assignments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2 text-sm">
          <span>
            <span className="font-medium text-slate-900">{a.trainer.name}</span>
            <span className="text-slate-500"> · {a.role === 'LEAD' ? 'Pelatih utama' : 'Pendamping'}</span>
            {a.trainer.institution ? <span className="block text-xs text-slate-500">{a.trainer.institution}</span> : null}
          </span>
          {a.trainer.phone ? <a href={`tel:${a.trainer.phone}`} className="text-xs text-brand-700 underline tabular-nums">{a.trainer.phone}</a> : null}
        </li>
      ))}
    </ul>
  )
}
