'use client'
import type { GridCell, GridRow, TimelineFigures, TimelineWave } from '@/lib/server/schedule/timeline-grid'
import { cohortStatusLabel, deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'

// The wave × province grid. On a phone it scrolls sideways with the province column kept in view.
// A client component on purpose: as a server component its ~1,200 elements travel twice (HTML and
// RSC payload) and cost the server 7 ms a request; as props they are a few compact rows (see
// toGridRows). Cells are plain <a> (a client Link would prefetch 150 pages), styled by the .tl-*
// classes in globals.css. Admin Pusat only: participant pages stay free of client JavaScript.

const stickyCol = 'sticky left-0 z-10 border-r border-slate-200'

/** Few elements per cell: the lines are one text node (white-space: pre-line), the status one <b>. */
function CohortCell({ cohort, showName, trainersPerCohort }: { cohort: GridCell; showName: boolean; trainersPerCohort: number }) {
  const short = cohort.isUnderStaffed
  return (
    <a href={`/admin/kelas/${cohort.id}`} className={short ? 'tl-cell tl-short' : 'tl-cell'}>
      {showName ? <b className="tl-name">{cohort.name}</b> : null}
      <b className={`tl-status tl-${cohort.status}`}>{cohortStatusLabel[cohort.status]}</b>
      {`Pelatih ${cohort.trainerCount}/${trainersPerCohort}${short ? ' !' : ''}\nPeserta ${formatNumber(cohort.participantCount)}/${formatNumber(cohort.quota)}`}
    </a>
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

export function NationalTimelineGrid({ waves, rows, waveFigures, trainersPerCohort }: { waves: TimelineWave[]; rows: GridRow[]; waveFigures: TimelineFigures[]; trainersPerCohort: number }) {
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
              <th scope="row" className="tl-province">
                {province.name}
                <span className="tl-sub">{`${province.code} · ${province.timeZoneLabel}`}</span>
              </th>
              {cells.map((cohorts, index) => (
                <td key={waves[index].id} className="tl-td">
                  {cohorts.length
                    ? cohorts.map((c) => <CohortCell key={c.id} cohort={c} showName={cohorts.length > 1} trainersPerCohort={trainersPerCohort} />)
                    : <span className="tl-empty" title="Tidak ada kelas">—<span className="sr-only"> tidak ada kelas</span></span>}
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
