import type { Metadata } from 'next'
import Link from 'next/link'
import { WaveAssignmentBoard } from '@/components/wave-assignment-board'
import { WaveProposalReview } from '@/components/wave-proposal-review'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader, Section } from '@/components/ui'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { getWaveAssignmentBoard } from '@/lib/server/assignments/get-wave-assignment-board'
import { proposeWaveAssignments } from '@/lib/server/assignments/propose-wave-assignments'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'

export const metadata: Metadata = { title: 'Penugasan pelatih' }

type SearchParams = Promise<{ usulan?: string | string[]; diterapkan?: string | string[] }>

/** A wave's trainer assignments: by hand per cohort, or an automatic proposal to review and apply. */
export default async function WaveAssignmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requirePermission('create:assignment:any')
  const [{ id }, query] = await Promise.all([params, searchParams])
  const [board, settings] = await Promise.all([loadOr404(getWaveAssignmentBoard(actor, id)), getSchedulingSettings()])
  const proposal = query.usulan ? await loadOr404(proposeWaveAssignments(actor, id)) : null
  const applied = typeof query.diterapkan === 'string' ? Number(query.diterapkan) : null
  const { wave } = board
  const filled = wave.cohorts.filter((c) => c.status !== 'CANCELLED' && c.assignments.length >= settings.trainersPerCohort).length
  const open = wave.cohorts.filter((c) => c.status !== 'CANCELLED').length
  const here = `/admin/gelombang/${wave.id}/penugasan`
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${wave.program.id}`, label: wave.program.name }, { href: `/admin/gelombang/${wave.id}`, label: `Gelombang ${wave.number}` }]} current="Penugasan pelatih" />
      <PageHeader
        title={`Penugasan pelatih · Gelombang ${wave.number}`}
        description={`${wave.program.name} · ${formatDateRange(wave.startDate, wave.endDate)} · ${deliveryModeLabel[wave.mode]} · ${filled} dari ${open} kelas lengkap (${settings.trainersPerCohort} pelatih per kelas, jeda perjalanan ${settings.travelGapDays} hari)`}
      />
      {applied !== null && Number.isInteger(applied) ? (
        <p role="status" data-testid="applied-message" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Usulan diterapkan: {formatNumber(applied)} penugasan baru disimpan.
        </p>
      ) : null}
      {proposal ? <WaveProposalReview waveId={wave.id} proposal={proposal} cancelHref={here} /> : (
        <div className="mb-6 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="min-w-0 flex-1 text-sm text-slate-600">
            Usulan otomatis mengisi kekurangan pelatih setiap kelas: beban dibagi merata, pelatih dari provinsi kelas diutamakan, dan tidak pernah ada tugas ganda. Anda meninjaunya sebelum diterapkan.
          </p>
          <Link href={`${here}?usulan=1`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Buat usulan otomatis</Link>
        </div>
      )}
      <Section title={`Kelas (${wave.cohorts.length})`}>
        <WaveAssignmentBoard board={board} trainersPerCohort={settings.trainersPerCohort} />
      </Section>
    </>
  )
}
