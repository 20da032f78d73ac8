import { describe, expect, it } from 'vitest'
import { bookingLabel, findConflicts, type Booking } from './conflicts'

const bali: Booking = { cohortId: 'bali', provinceCode: '51', startDate: '2024-05-20', endDate: '2024-05-23', label: 'Kelas Bali (20–23 Mei 2024)' }
const booking = (startDate: string, endDate: string, provinceCode = '32', cohortId = 'candidate'): Booking => ({
  cohortId, provinceCode, startDate, endDate, label: bookingLabel('Kelas Jawa Barat', startDate, endDate),
})
const rules = { travelGapDays: 1 }
const codes = (list: { code: string }[]) => list.map((c) => c.code)

describe('findConflicts', () => {
  it('finds nothing for a free trainer', () => {
    expect(findConflicts(booking('2024-05-27', '2024-05-30'), [bali], [], rules)).toEqual([])
  })

  it('reports the same cohort as already assigned, and nothing else about it', () => {
    const conflicts = findConflicts({ ...bali }, [bali], [], rules)
    expect(conflicts).toEqual([{ code: 'ALREADY_ASSIGNED', cohortId: 'bali', message: 'Pelatih sudah ditugaskan di Kelas Bali (20–23 Mei 2024).' }])
  })

  it('reports overlapping dates, naming the other cohort and its dates', () => {
    const conflicts = findConflicts(booking('2024-05-22', '2024-05-25'), [bali], [], rules)
    expect(conflicts).toEqual([
      { code: 'OVERLAP', cohortId: 'bali', message: 'Pelatih sudah bertugas di Kelas Bali (20–23 Mei 2024) pada tanggal yang beririsan.' },
    ])
  })

  it('treats dates as inclusive: ending the day the other starts overlaps', () => {
    expect(codes(findConflicts(booking('2024-05-17', '2024-05-20'), [bali], [], rules))).toEqual(['OVERLAP'])
    expect(codes(findConflicts(booking('2024-05-23', '2024-05-23'), [bali], [], rules))).toEqual(['OVERLAP'])
    expect(codes(findConflicts(booking('2024-05-18', '2024-05-25'), [bali], [], rules))).toEqual(['OVERLAP'])
  })

  it('reports every unavailable range that intersects, with its reason', () => {
    const conflicts = findConflicts(booking('2024-05-27', '2024-05-30'), [], [
      { startDate: '2024-05-30', endDate: '2024-06-02', reason: 'Cuti tahunan' },
      { startDate: '2024-05-25', endDate: '2024-05-26', reason: null },
      { startDate: '2024-05-26', endDate: '2024-05-27' },
    ], rules)
    expect(conflicts).toEqual([
      { code: 'UNAVAILABLE', message: 'Pelatih tidak tersedia pada 30 Mei – 2 Juni 2024 (Cuti tahunan).' },
      { code: 'UNAVAILABLE', message: 'Pelatih tidak tersedia pada 26–27 Mei 2024.' },
    ])
  })

  describe('travel gap between provinces', () => {
    // Bali ends on the 23rd: starting on the 24th leaves 0 free days, the 25th 1, the 26th 2.
    const after = (start: string) => booking(start, '2024-05-29')
    const before = (end: string) => booking('2024-05-14', end)

    it.each([
      [0, '2024-05-24', []],
      [1, '2024-05-24', ['TRAVEL_GAP']],
      [1, '2024-05-25', []],
      [2, '2024-05-25', ['TRAVEL_GAP']],
      [2, '2024-05-26', []],
    ])('gap %i, next cohort from %s → %j', (travelGapDays, start, expected) => {
      expect(codes(findConflicts(after(start), [bali], [], { travelGapDays }))).toEqual(expected)
    })

    it.each([
      [0, '2024-05-19', []],
      [1, '2024-05-19', ['TRAVEL_GAP']],
      [1, '2024-05-18', []],
      [2, '2024-05-18', ['TRAVEL_GAP']],
      [2, '2024-05-17', []],
    ])('gap %i, previous cohort until %s → %j', (travelGapDays, end, expected) => {
      expect(codes(findConflicts(before(end), [bali], [], { travelGapDays }))).toEqual(expected)
    })

    it('allows back-to-back cohorts in the same province', () => {
      expect(findConflicts(booking('2024-05-24', '2024-05-27', '51'), [bali], [], { travelGapDays: 3 })).toEqual([])
    })

    it('explains how many free days there are', () => {
      const [none] = findConflicts(after('2024-05-24'), [bali], [], { travelGapDays: 1 })
      expect(none.message).toBe(
        'Pelatih bertugas di Kelas Bali (20–23 Mei 2024) di provinsi lain: perlu jeda perjalanan minimal 1 hari, sedangkan tidak ada hari kosong di antaranya.',
      )
      const [one] = findConflicts(after('2024-05-25'), [bali], [], { travelGapDays: 2 })
      expect(one.message).toContain('minimal 2 hari, sedangkan hanya ada 1 hari kosong.')
      expect(one.cohortId).toBe('bali')
    })
  })

  it('reports several conflicts at once and describes an unlabelled booking by its dates', () => {
    const unlabelled: Booking = { cohortId: 'x', provinceCode: '73', startDate: '2024-05-26', endDate: '2024-05-26' }
    const conflicts = findConflicts(booking('2024-05-23', '2024-05-27'), [bali, unlabelled], [{ startDate: '2024-05-27', endDate: '2024-05-27' }], rules)
    expect(codes(conflicts)).toEqual(['OVERLAP', 'OVERLAP', 'UNAVAILABLE'])
    expect(conflicts[1].message).toBe('Pelatih sudah bertugas di kelas lain (26 Mei 2024) pada tanggal yang beririsan.')
  })
})
