import type { Metadata } from 'next'
import Link from 'next/link'
import { AgendaJpSummary } from '@/components/agenda-jp-summary'
import { CohortRosterTable, RosterSummary } from '@/components/cohort-roster'
import { CohortStatusBadge } from '@/components/cohort-status-badge'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader, Section } from '@/components/ui'
import { formatDateRange } from '@/lib/format/date-time'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { requirePermission } from '@/lib/server/auth/session'
import { getCohortOrThrow } from '@/lib/server/cohorts/get-cohort'
import { getCohortJpOrThrow } from '@/lib/server/cohorts/get-cohort-jp'
import { getCohortRosterOrThrow } from '@/lib/server/cohorts/get-cohort-roster'
import { loadOr404 } from '@/lib/server/page-guards'

export const metadata: Metadata = { title: 'Peserta kelas' }

/**
 * A class the trainer teaches, read only (issue 12 point 13): who is in it, their institution and
 * village, and whether they have signed in (self check-in needs it). Another trainer's class is a 404.
 */
export default async function TrainerCohortPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('read:enrolment:assigned')
  const { id } = await params
  const [cohort, roster, jp] = await Promise.all([
    loadOr404(getCohortOrThrow(actor, id)),
    loadOr404(getCohortRosterOrThrow(actor, id)),
    loadOr404(getCohortJpOrThrow(actor, id)),
  ])
  return (
    <>
      <Breadcrumbs trail={[{ href: '/pelatih', label: 'Dasbor' }]} current={cohort.name} />
      <PageHeader
        title={cohort.name}
        description={<>{cohort.wave.program.name} · Gelombang {cohort.wave.number} ({deliveryModeLabel[cohort.wave.mode]}) · {formatDateRange(cohort.startDate, cohort.endDate)} · {cohort.venue}, {cohort.city} · <CohortStatusBadge status={cohort.status} /></>}
      />
      <div className="flex flex-wrap gap-2">
        <Link href={`/pelatih/kelas/${cohort.id}/presensi`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Rekap presensi</Link>
        <Link href={`/pelatih/kelas/${cohort.id}/nilai`} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">Isi nilai</Link>
      </div>
      <Section title="Peserta kelas">
        <div className="space-y-3">
          <RosterSummary roster={roster} />
          <AgendaJpSummary jp={jp} />
          <CohortRosterTable roster={roster} zone={cohort.province} />
        </div>
      </Section>
    </>
  )
}
