import type { Metadata } from 'next'
import { NationalTimelineGrid } from '@/components/national-timeline-grid'
import { ProgramPicker } from '@/components/program-picker'
import { EmptyState, PageHeader, Section, Stat, StatGrid } from '@/components/ui'
import { formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { loadOr404 } from '@/lib/server/page-guards'
import { getNationalTimeline } from '@/lib/server/schedule/get-national-timeline'
import { toGridView } from '@/lib/server/schedule/timeline-grid'

export const metadata: Metadata = { title: 'Jadwal nasional' }

export default async function NationalTimelinePage({ searchParams }: { searchParams: Promise<{ program?: string | string[] }> }) {
  const actor = await requirePermission('read:schedule:any')
  const { program: programParam } = await searchParams
  const programId = typeof programParam === 'string' ? programParam : undefined
  // The whole round's plan is read by every planner many times a day: cached per instance (decision 008).
  const timeline = await loadOr404(cachedRead(`timeline:${scopeKey(actor)}:${programId ?? 'latest'}`, async () => {
    const { rows, waves, waveFigures, ...rest } = await getNationalTimeline(actor, { programId })
    return { ...rest, grid: toGridView(waves, { rows, waveFigures }, rest.trainersPerCohort) }
  }))
  const { program, programs, grid, totals, trainersPerCohort } = timeline
  return (
    <>
      <PageHeader
        title="Jadwal nasional"
        description="Kelas setiap provinsi per gelombang: status, jumlah pelatih dibanding kebutuhan, dan peserta dibanding kuota."
      />
      {program ? (
        <>
          <ProgramPicker programs={programs} currentId={program.id} hrefFor={(id) => `/admin/jadwal?program=${id}`} />
          <StatGrid>
            <Stat label="Kelas" value={formatNumber(totals.cohorts)} hint={`${grid.waves.length} gelombang`} />
            <Stat label="Provinsi" value={formatNumber(totals.provinces)} hint="dari 38 provinsi" />
            <Stat label="Peserta" value={formatNumber(totals.participants)} hint={`kuota ${formatNumber(totals.quota)}`} />
            <Stat label="Kelas kurang pelatih" value={formatNumber(totals.underStaffed)} hint={`kebutuhan ${trainersPerCohort} pelatih per kelas`} />
          </StatGrid>
          <Section title={program.name}>
            {grid.waves.length ? (
              <NationalTimelineGrid {...grid} />
            ) : <EmptyState>Program ini belum memiliki gelombang.</EmptyState>}
            <p className="mt-2 text-xs text-slate-500">Kelas yang dibatalkan tetap tampil tetapi tidak dihitung dalam ringkasan. Kelas bertanda merah dan ! pelatihnya belum lengkap.</p>
          </Section>
        </>
      ) : <EmptyState>Belum ada program.</EmptyState>}
    </>
  )
}
