import { describe, expect, it } from 'vitest'
import { buildTimelineGrid, toGridView, type TimelineCohort, type TimelineProvince, type TimelineWave } from './timeline-grid'

const provinces: TimelineProvince[] = [
  { code: '32', name: 'Jawa Barat', timeZoneLabel: 'WIB' },
  { code: '64', name: 'Kalimantan Timur', timeZoneLabel: 'WITA' },
  { code: '91', name: 'Papua', timeZoneLabel: 'WIT' },
]
const waves: TimelineWave[] = [
  { id: 'w1', number: 1, startDate: new Date('2024-05-19'), endDate: new Date('2024-05-23'), mode: 'LURING' },
  { id: 'w2', number: 2, startDate: new Date('2024-05-26'), endDate: new Date('2024-05-30'), mode: 'LURING' },
]
const cohort = (over: Partial<TimelineCohort>): TimelineCohort => ({
  id: 'c', waveId: 'w1', provinceCode: '32', sequence: 1, name: 'Kelas', status: 'OPEN', quota: 60, participantCount: 50, trainerCount: 5, ...over,
})

describe('buildTimelineGrid', () => {
  it('places each cohort in its province row and wave column, leaving the rest empty', () => {
    const grid = buildTimelineGrid(provinces, waves, [
      cohort({ id: 'a', waveId: 'w1', provinceCode: '32' }),
      cohort({ id: 'b', waveId: 'w2', provinceCode: '64' }),
    ], 5)
    expect(grid.rows.map((r) => r.province.code)).toEqual(['32', '64', '91'])
    expect(grid.rows.map((r) => r.cells.map((cell) => cell.map((c) => c.id)))).toEqual([[['a'], []], [[], ['b']], [[], []]])
  })

  it('stacks several classes of one province in one wave by sequence', () => {
    const grid = buildTimelineGrid(provinces, waves, [
      cohort({ id: 'second', sequence: 2 }),
      cohort({ id: 'first', sequence: 1 }),
    ], 5)
    expect(grid.rows[0].cells[0].map((c) => c.id)).toEqual(['first', 'second'])
    expect(grid.waveFigures[0]).toMatchObject({ cohorts: 2, provinces: 1 })
  })

  it('counts participants, quota and under-staffed cohorts per wave and in total; cancelled cohorts count for nothing', () => {
    const grid = buildTimelineGrid(provinces, waves, [
      cohort({ id: 'a', trainerCount: 3, participantCount: 40 }),
      cohort({ id: 'b', provinceCode: '64', trainerCount: 5, participantCount: 55 }),
      cohort({ id: 'c', provinceCode: '91', status: 'CANCELLED', trainerCount: 0, participantCount: 7 }),
      cohort({ id: 'd', waveId: 'w2', provinceCode: '91', trainerCount: 6, participantCount: 12, quota: 30 }),
    ], 5)
    expect(grid.waveFigures).toEqual([
      { cohorts: 2, provinces: 2, participants: 95, quota: 120, underStaffed: 1 },
      { cohorts: 1, provinces: 1, participants: 12, quota: 30, underStaffed: 0 },
    ])
    expect(grid.totals).toEqual({ cohorts: 3, provinces: 3, participants: 107, quota: 150, underStaffed: 1 })
    const cancelled = grid.rows[2].cells[0][0]
    expect(cancelled).toMatchObject({ id: 'c', isUnderStaffed: false })
    expect(grid.rows[0].cells[0][0].isUnderStaffed).toBe(true)
  })

  it('ignores cohorts of unknown waves or provinces', () => {
    const grid = buildTimelineGrid(provinces, waves, [cohort({ waveId: 'other' }), cohort({ provinceCode: '99' })], 5)
    expect(grid.totals.cohorts).toBe(0)
  })
})

describe('toGridView', () => {
  it('formats every text of the grid once: wave dates and mode, province zone, trainer and participant lines', () => {
    const grid = buildTimelineGrid(provinces, waves, [
      cohort({ id: 'a', trainerCount: 3, participantCount: 1250, quota: 1500 }),
      cohort({ id: 'b', waveId: 'w2', provinceCode: '91', trainerCount: 5, participantCount: 12, quota: 30 }),
    ], 5)
    const view = toGridView(waves, grid, 5)
    expect(view.waves[0]).toEqual({
      id: 'w1', number: 1, subtitle: '19–23 Mei 2024 · Luring',
      figures: { summary: '1 kelas · 1 provinsi', participants: '1.250 peserta', underStaffed: '1 kurang pelatih', alert: true },
    })
    expect(view.waves[1].figures.alert).toBe(false)
    expect(view.rows.map((r) => [r.code, r.name, r.subtitle])).toEqual([['32', 'Jawa Barat', '32 · WIB'], ['64', 'Kalimantan Timur', '64 · WITA'], ['91', 'Papua', '91 · WIT']])
    expect(view.rows[0].cells[0]).toEqual([{ id: 'a', status: 'OPEN', lines: 'Pelatih 3/5 !\nPeserta 1.250/1.500', isUnderStaffed: true }])
    expect(view.rows[2].cells[1][0].lines).toBe('Pelatih 5/5\nPeserta 12/30')
  })

  it('names the classes only where a province has several in one wave', () => {
    const grid = buildTimelineGrid(provinces, waves, [
      cohort({ id: 'x', sequence: 1, name: 'Kelas A' }),
      cohort({ id: 'y', sequence: 2, name: 'Kelas B' }),
      cohort({ id: 'z', waveId: 'w2', name: 'Kelas C' }),
    ], 5)
    const [jabar] = toGridView(waves, grid, 5).rows
    expect(jabar.cells[0].map((c) => c.name)).toEqual(['Kelas A', 'Kelas B'])
    expect(jabar.cells[1][0]).not.toHaveProperty('name')
  })
})
