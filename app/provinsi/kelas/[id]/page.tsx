import type { Metadata } from 'next'
import { AgendaJpSummary } from '@/components/agenda-jp-summary'
import { AgendaList } from '@/components/agenda-list'
import { AttendanceSheetLinks } from '@/components/attendance/attendance-sheet-links'
import { CohortTrainerList } from '@/components/cohort-trainer-list'
import { CohortStatusBadge } from '@/components/cohort-status-badge'
import { CohortVenueForm } from '@/components/cohort-venue-form'
import { CohortRosterSection } from '@/components/cohort-roster-section'
import { CohortCertificateDownloads } from '@/components/certificates/cohort-certificate-downloads'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { CohortPageLinks } from '@/components/cohort-page-links'
import { PageHeader, Section } from '@/components/ui'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { getCohortOrThrow } from '@/lib/server/cohorts/get-cohort'
import { getCohortJpOrThrow } from '@/lib/server/cohorts/get-cohort-jp'
import { listCohortSessions } from '@/lib/server/cohorts/list-cohort-sessions'
import { loadOr404 } from '@/lib/server/page-guards'
import { listCohortTrainers } from '@/lib/server/schedule/list-cohort-trainers'

export const metadata: Metadata = { title: 'Kelas' }

export default async function ProvinceCohortPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:cohort-venue:province')
  const { id } = await params
  const cohort = await loadOr404(getCohortOrThrow(actor, id))
  const [sessions, trainers, jp] = await Promise.all([listCohortSessions(actor, id), listCohortTrainers(actor, id), getCohortJpOrThrow(actor, id)])
  return (
    <>
      <Breadcrumbs trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} current={cohort.name} />
      <PageHeader
        title={cohort.name}
        description={<>{cohort.wave.program.name} · Gelombang {cohort.wave.number} ({deliveryModeLabel[cohort.wave.mode]}) · {formatDateRange(cohort.startDate, cohort.endDate)} · <CohortStatusBadge status={cohort.status} /></>}
      />
      <CohortPageLinks cohortHref={`/provinsi/kelas/${cohort.id}`} />
      <div className="grid gap-8 lg:grid-cols-2">
        <Section title="Tempat dan narahubung">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <CohortVenueForm cohort={cohort} />
          </div>
          <Section title={`Pelatih Ahli (${trainers.length})`}>
            <CohortTrainerList assignments={trainers} />
          </Section>
        </Section>
        <Section title={`Agenda (waktu setempat, ${cohort.province.timeZoneLabel})`}>
          <AgendaJpSummary jp={jp} />
          <AgendaList sessions={sessions} timeZone={cohort.province.timeZone} label={cohort.province.timeZoneLabel} reportBasePath={`/provinsi/kelas/${cohort.id}/sesi`} actions={(sessionId) => <AttendanceSheetLinks sessionId={sessionId} compact />} />
        </Section>
      </div>
      <Section title="Peserta kelas" id="peserta">
        <CohortRosterSection actor={actor} cohortId={cohort.id} zone={cohort.province} />
      </Section>
      <CohortCertificateDownloads actor={actor} cohortId={cohort.id} />
    </>
  )
}
