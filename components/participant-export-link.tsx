/** "Ekspor ke Excel": the participants in scope, or those of the cohort the list is filtered on. */
export function ParticipantExportLink({ cohortId }: { cohortId?: string | string[] }) {
  const cohort = typeof cohortId === 'string' && cohortId ? cohortId : null
  const href = `/api/peserta/ekspor${cohort ? `?cohortId=${encodeURIComponent(cohort)}` : ''}`
  return (
    <a href={href} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50" download>
      {cohort ? 'Ekspor kelas ini ke Excel' : 'Ekspor ke Excel'}
    </a>
  )
}
