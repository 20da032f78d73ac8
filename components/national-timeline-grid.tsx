'use client'
import type { GridCell, GridView, GridWave } from '@/lib/server/schedule/timeline-grid'
import { cohortStatusLabel } from '@/lib/i18n/id'

// The wave × province grid. On a phone it scrolls sideways with the province column kept in view.
// A client component on purpose: as a server component its ~1,200 elements travel twice (HTML and
// RSC payload) and cost the server 7 ms a request; as props they are a few compact rows (see
// toGridView, which also formats every text once per cached timeline). Cells are plain <a> (a
// client Link would prefetch 150 pages), styled by the .tl-* classes in globals.css. Admin Pusat
// only: participant pages stay free of client JavaScript.

const stickyCol = 'sticky left-0 z-10 border-r border-slate-200'

/** Few elements per cell: the lines are one text node (white-space: pre-line), the status one <b>. */
function CohortCell({ cohort }: { cohort: GridCell }) {
  return (
    <a href={`/admin/kelas/${cohort.id}`} className={cohort.isUnderStaffed ? 'tl-cell tl-short' : 'tl-cell'}>
      {cohort.name ? <b className="tl-name">{cohort.name}</b> : null}
      <b className={`tl-status tl-${cohort.status}`}>{cohortStatusLabel[cohort.status]}</b>
      {cohort.lines}
    </a>
  )
}

function WaveFigures({ figures }: { figures: GridWave['figures'] }) {
  return (
    <span className="block text-xs leading-5 text-slate-700 tabular-nums">
      {figures.summary}
      <span className="block">{figures.participants}</span>
      <span className={`block ${figures.alert ? 'font-semibold text-red-700' : 'text-slate-500'}`}>{figures.underStaffed}</span>
    </span>
  )
}

export function NationalTimelineGrid({ waves, rows }: GridView) {
  return (
    // `relative`: the cells' visually hidden texts are absolutely positioned; without a positioned
    // scroller they escape its clipping and widen the whole page on a phone (issue 12 point 14).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full border-separate border-spacing-0 text-sm" data-testid="national-timeline">
        <caption className="sr-only">Jadwal nasional: kelas per provinsi dan gelombang</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={`${stickyCol} bg-slate-50 px-3 py-2 text-left font-medium text-slate-600`}>Provinsi</th>
            {waves.map((w) => (
              <th key={w.id} scope="col" className="min-w-36 border-b border-slate-200 px-2 py-2 text-left align-top font-medium text-slate-700">
                {`Gelombang ${w.number}`}
                <span className="block text-xs font-normal whitespace-nowrap text-slate-500">{w.subtitle}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, name, subtitle, cells }) => (
            <tr key={code} data-testid={`timeline-row-${code}`}>
              <th scope="row" className="tl-province">
                {name}
                <span className="tl-sub">{subtitle}</span>
              </th>
              {cells.map((cohorts, index) => (
                <td key={waves[index].id} className="tl-td">
                  {cohorts.length
                    ? cohorts.map((c) => <CohortCell key={c.id} cohort={c} />)
                    : <span className="tl-empty" title="Tidak ada kelas">—<span className="sr-only"> tidak ada kelas</span></span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="bg-slate-50">
          <tr>
            <th scope="row" className={`${stickyCol} border-t border-slate-300 bg-slate-50 px-3 py-2 text-left align-top font-semibold text-slate-700`}>Ringkasan</th>
            {waves.map((w) => (
              <td key={w.id} className="border-t border-slate-300 px-2 py-2 align-top" data-testid={`timeline-wave-figures-${w.number}`}>
                <WaveFigures figures={w.figures} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
