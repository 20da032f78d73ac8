import Link from 'next/link'
import type { TimelineCell, TimelineFigures, TimelineRow, TimelineWave } from '@/lib/server/schedule/timeline-grid'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { CohortStatusBadge } from './cohort-status-badge'

// The wave × province grid. On a phone it scrolls sideways with the province column kept in view.
// Server-rendered; every cell is a plain link, so the page needs no client JavaScript.

const stickyCol = 'sticky left-0 z-10 border-r border-slate-200'

function CohortCell({ cohort, showName, trainersPerCohort }: { cohort: TimelineCell; showName: boolean; trainersPerCohort: number }) {
  return (
    <Link href={`/admin/kelas/${cohort.id}`} className="block rounded-md border border-slate-200 px-2 py-1.5 hover:border-brand-600 hover:bg-brand-50" data-testid="timeline-cohort">
      {showName ? <span className="mb-0.5 block text-xs font-medium text-slate-700">{cohort.name}</span> : null}
      <CohortStatusBadge status={cohort.status} />
      <span className="mt-1 block text-xs text-slate-600 tabular-nums">
        <span className={cohort.isUnderStaffed ? 'font-semibold text-red-700' : undefined} title={cohort.isUnderStaffed ? 'Pelatih belum lengkap' : undefined}>
          Pelatih {cohort.trainerCount}/{trainersPerCohort}{cohort.isUnderStaffed ? ' !' : ''}
        </span>
        <span className="block">Peserta {formatNumber(cohort.participantCount)}/{formatNumber(cohort.quota)}</span>
      </span>
    </Link>
  )
}

function WaveFigures({ figures }: { figures: TimelineFigures }) {
  return (
    <span className="block text-xs leading-5 text-slate-700 tabular-nums">
      {figures.cohorts} kelas · {figures.provinces} provinsi
      <span className="block">{formatNumber(figures.participants)} peserta</span>
      <span className={`block ${figures.underStaffed ? 'font-semibold text-red-700' : 'text-slate-500'}`}>{figures.underStaffed} kurang pelatih</span>
    </span>
  )
}

export function NationalTimelineGrid({ waves, rows, waveFigures, trainersPerCohort }: { waves: TimelineWave[]; rows: TimelineRow[]; waveFigures: TimelineFigures[]; trainersPerCohort: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full border-separate border-spacing-0 text-sm" data-testid="national-timeline">
        <caption className="sr-only">Jadwal nasional: kelas per provinsi dan gelombang</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={`${stickyCol} bg-slate-50 px-3 py-2 text-left font-medium text-slate-600`}>Provinsi</th>
            {waves.map((w) => (
              <th key={w.id} scope="col" className="min-w-36 border-b border-slate-200 px-2 py-2 text-left align-top font-medium text-slate-700">
                Gelombang {w.number}
                <span className="block text-xs font-normal whitespace-nowrap text-slate-500">{formatDateRange(w.startDate, w.endDate)} · {deliveryModeLabel[w.mode]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ province, cells }) => (
            <tr key={province.code} data-testid={`timeline-row-${province.code}`}>
              <th scope="row" className={`${stickyCol} w-32 border-t bg-white px-3 py-2 text-left align-top font-medium text-slate-900 sm:w-44`}>
                {province.name}
                <span className="block text-xs font-normal text-slate-500">{province.code} · {province.timeZoneLabel}</span>
              </th>
              {cells.map((cohorts, index) => (
                <td key={waves[index].id} className="border-t border-slate-100 px-2 py-1.5 align-top">
                  {cohorts.length ? (
                    <div className="space-y-1">
                      {cohorts.map((c) => <CohortCell key={c.id} cohort={c} showName={cohorts.length > 1} trainersPerCohort={trainersPerCohort} />)}
                    </div>
                  ) : (
                    <span className="block rounded-md border border-dashed border-slate-200 px-2 py-3 text-center text-slate-300" title="Tidak ada kelas">
                      —<span className="sr-only"> tidak ada kelas</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="bg-slate-50">
          <tr>
            <th scope="row" className={`${stickyCol} border-t border-slate-300 bg-slate-50 px-3 py-2 text-left align-top font-semibold text-slate-700`}>Ringkasan</th>
            {waveFigures.map((figures, index) => (
              <td key={waves[index].id} className="border-t border-slate-300 px-2 py-2 align-top" data-testid={`timeline-wave-figures-${waves[index].number}`}>
                <WaveFigures figures={figures} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
