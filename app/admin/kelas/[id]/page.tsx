import type { Metadata } from 'next'
import { AgendaEditor } from '@/components/agenda-editor'
import { AgendaJpSummary } from '@/components/agenda-jp-summary'
import { CohortDetailsForm } from '@/components/cohort-details-form'
import { CohortStatusBadge } from '@/components/cohort-status-badge'
import { CohortVenueForm } from '@/components/cohort-venue-form'
import { CohortRosterSection } from '@/components/cohort-roster-section'
import { CohortCertificateDownloads } from '@/components/certificates/cohort-certificate-downloads'
import { RegenerateAgendaForm } from '@/components/regenerate-agenda-form'
import { SessionForm } from '@/components/session-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { CohortPageLinks } from '@/components/cohort-page-links'
import { PageHeader, Section } from '@/components/ui'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { getCohortOrThrow } from '@/lib/server/cohorts/get-cohort'
import { getCohortJpOrThrow } from '@/lib/server/cohorts/get-cohort-jp'
import { loadOr404 } from '@/lib/server/page-guards'
import { getAgendaContextOrThrow } from '@/lib/server/sessions/get-agenda-context'
import { listAgendaSessions } from '@/lib/server/sessions/list-agenda-sessions'
import { toIsoDate } from '@/lib/server/sessions/local-time'

export const metadata: Metadata = { title: 'Kelas' }

const box = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm'

export default async function AdminCohortPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:cohort:any')
  const { id } = await params
  const [cohort, context, sessions, jp] = await Promise.all([
    loadOr404(getCohortOrThrow(actor, id)),
    loadOr404(getAgendaContextOrThrow(actor, id)),
    listAgendaSessions(actor, id),
    loadOr404(getCohortJpOrThrow(actor, id)),
  ])
  const { timeZone, timeZoneLabel } = cohort.province
  const dates = { min: toIsoDate(cohort.startDate), max: toIsoDate(cohort.endDate) }
  const marked = sessions.some((s) => s.markCount > 0)
  const newSession = {
    title: '', kind: 'MODULE', moduleId: '', jp: 1, mode: context.waveMode, meetingUrl: '', date: dates.min, startTime: '08:00', endTime: '08:45',
  }
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${cohort.wave.program.id}`, label: cohort.wave.program.name }, { href: `/admin/gelombang/${context.waveId}`, label: `Gelombang ${cohort.wave.number}` }]} current={cohort.name} />
      <PageHeader
        title={cohort.name}
        description={<>{cohort.wave.program.name} · Gelombang {cohort.wave.number} ({deliveryModeLabel[cohort.wave.mode]}) · {formatDateRange(cohort.startDate, cohort.endDate)} · {cohort.province.name} ({timeZoneLabel}) · <CohortStatusBadge status={cohort.status} /></>}
      />
      <CohortPageLinks cohortHref={`/admin/kelas/${cohort.id}`} />
      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section title="Tanggal, kuota, dan status">
          <div className={box}>
            <CohortDetailsForm cohort={{ id: cohort.id, startDate: dates.min, endDate: dates.max, quota: cohort.quota, status: cohort.status }} enrolledCount={context.enrolledCount} />
          </div>
        </Section>
        <Section title="Tempat dan narahubung">
          <div className={box}>
            {cohort.venue === 'Akan ditentukan' ? (
              <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Tempat dan kota masih isian sementara dari pembuatan gelombang. Lengkapi di sini, atau minta operator provinsi melengkapinya.</p>
            ) : null}
            <CohortVenueForm cohort={cohort} />
          </div>
        </Section>
      </div>
      <Section title={`Agenda (waktu setempat, ${timeZoneLabel})`}>
        <AgendaJpSummary jp={jp} />
        <AgendaEditor cohortId={cohort.id} sessions={sessions} modules={context.modules} timeZone={timeZone} zoneLabel={timeZoneLabel} dates={dates} />
      </Section>
      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section title="Tambah sesi">
          <div className={box}>
            <SessionForm cohortId={cohort.id} draft={newSession} modules={context.modules} zoneLabel={timeZoneLabel} dates={dates} />
          </div>
        </Section>
        <Section title="Susun ulang agenda">
          <div className={box}>
            <RegenerateAgendaForm
              cohortId={cohort.id}
              blockedReason={marked ? 'Agenda tidak dapat disusun ulang karena sudah ada catatan kehadiran. Ubah sesi satu per satu.' : undefined}
            />
          </div>
        </Section>
      </div>
      <Section title="Peserta kelas" id="peserta">
        <CohortRosterSection actor={actor} cohortId={cohort.id} zone={cohort.province} />
      </Section>
      <CohortCertificateDownloads actor={actor} cohortId={cohort.id} />
    </>
  )
}
