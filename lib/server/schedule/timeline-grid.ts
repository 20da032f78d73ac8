// Pure: turns one program's waves and cohorts into the wave × province grid of the national
// timeline, with per-wave figures. The database query stays narrow; the arithmetic happens here.
import type { CohortStatus, DeliveryMode, TimeZoneLabel } from '@/generated/prisma/enums'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { deliveryModeLabel } from '@/lib/i18n/id'

export type TimelineProvince = { code: string; name: string; timeZoneLabel: TimeZoneLabel }
export type TimelineWave = { id: string; number: number; startDate: Date; endDate: Date; mode: DeliveryMode }
export type TimelineCohort = {
  id: string
  waveId: string
  provinceCode: string
  sequence: number
  name: string
  status: CohortStatus
  quota: number
  participantCount: number
  trainerCount: number
}
export type TimelineCell = TimelineCohort & { isUnderStaffed: boolean }
export type TimelineFigures = { cohorts: number; provinces: number; participants: number; quota: number; underStaffed: number }
export type TimelineRow = { province: TimelineProvince; cells: TimelineCell[][] }
export type TimelineGrid = { rows: TimelineRow[]; waveFigures: TimelineFigures[]; totals: TimelineFigures }

/** A cancelled cohort stays in the grid (so the plan's history is visible) but counts for nothing. */
const counts = (c: TimelineCohort) => c.status !== 'CANCELLED'

function figuresOf(cohorts: TimelineCell[]): TimelineFigures {
  const active = cohorts.filter(counts)
  return {
    cohorts: active.length,
    provinces: new Set(active.map((c) => c.provinceCode)).size,
    participants: active.reduce((sum, c) => sum + c.participantCount, 0),
    quota: active.reduce((sum, c) => sum + c.quota, 0),
    underStaffed: active.filter((c) => c.isUnderStaffed).length,
  }
}

/**
 * Rows follow `provinces` (every province, even those without a cohort: an empty cell is information),
 * columns follow `waves`. Cohorts of a province outside `provinces` are ignored.
 */
export function buildTimelineGrid(provinces: TimelineProvince[], waves: TimelineWave[], cohorts: TimelineCohort[], trainersPerCohort: number): TimelineGrid {
  const column = new Map(waves.map((w, index) => [w.id, index]))
  const rowOf = new Map(provinces.map((province) => [province.code, { province, cells: waves.map((): TimelineCell[] => []) }]))
  const byWave: TimelineCell[][] = waves.map(() => [])
  const all: TimelineCell[] = []
  const ordered = [...cohorts].sort((a, b) => a.sequence - b.sequence)
  for (const cohort of ordered) {
    const index = column.get(cohort.waveId)
    const row = rowOf.get(cohort.provinceCode)
    if (index === undefined || !row) continue
    const cell = { ...cohort, isUnderStaffed: counts(cohort) && cohort.trainerCount < trainersPerCohort }
    row.cells[index].push(cell)
    byWave[index].push(cell)
    all.push(cell)
  }
  return { rows: [...rowOf.values()], waveFigures: byWave.map(figuresOf), totals: figuresOf(all) }
}

// What the grid component receives: every text already formatted here, once per cached timeline,
// so rendering a request formats nothing and the browser bundle carries no date library.
export type GridCell = { id: string; name?: string; status: CohortStatus; lines: string; isUnderStaffed: boolean }
export type GridRow = { code: string; name: string; subtitle: string; cells: GridCell[][] }
export type GridWave = { id: string; number: number; subtitle: string; figures: { summary: string; participants: string; underStaffed: string; alert: boolean } }
export type GridView = { waves: GridWave[]; rows: GridRow[] }

/** The grid as text: names only where a province has several classes in one wave (otherwise the row says it). */
export function toGridView(waves: TimelineWave[], { rows, waveFigures }: Pick<TimelineGrid, 'rows' | 'waveFigures'>, trainersPerCohort: number): GridView {
  return {
    waves: waves.map((wave, index) => {
      const f = waveFigures[index]
      return {
        id: wave.id,
        number: wave.number,
        subtitle: `${formatDateRange(wave.startDate, wave.endDate)} · ${deliveryModeLabel[wave.mode]}`,
        figures: { summary: `${f.cohorts} kelas · ${f.provinces} provinsi`, participants: `${formatNumber(f.participants)} peserta`, underStaffed: `${f.underStaffed} kurang pelatih`, alert: f.underStaffed > 0 },
      }
    }),
    rows: rows.map(({ province, cells }) => ({
      code: province.code,
      name: province.name,
      subtitle: `${province.code} · ${province.timeZoneLabel}`,
      cells: cells.map((cohorts) => cohorts.map((c) => ({
        id: c.id,
        ...(cohorts.length > 1 ? { name: c.name } : {}),
        status: c.status,
        lines: `Pelatih ${c.trainerCount}/${trainersPerCohort}${c.isUnderStaffed ? ' !' : ''}\nPeserta ${formatNumber(c.participantCount)}/${formatNumber(c.quota)}`,
        isUnderStaffed: c.isUnderStaffed,
      }))),
    })),
  }
}
