// Which JP total counts (issue 12 point 16): the cohort's agenda beside its program's curriculum, and
// the certificate rule's minimum in JP. Server component, shown above a cohort's agenda.
import { describeAgendaJp, describeCertificateJpRule } from '@/lib/certificates/agenda-jp'
import type { CohortJp } from '@/lib/server/cohorts/get-cohort-jp'

export function AgendaJpSummary({ jp }: { jp: CohortJp }) {
  const differs = jp.difference !== 0 || jp.changedModules.length > 0
  return (
    <div className={`mb-3 rounded-md px-3 py-2 text-sm ${differs ? 'bg-amber-50 text-amber-900' : 'bg-slate-50 text-slate-700'}`} data-testid="agenda-jp">
      <p>{describeAgendaJp(jp)}</p>
      <p className="mt-1 font-medium">{describeCertificateJpRule(jp, jp.minAttendancePercent)}</p>
    </div>
  )
}
