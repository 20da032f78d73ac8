import { describe, expect, it } from 'vitest'
import { attendanceRate, attendedJp, countsAsAttended, emptyCounts, isBelowMinimum, jpShare, sumTallies, tallyFigures } from './recap'

describe('attended JP and its share', () => {
  const sessions = [{ jp: 2 }, { jp: 3 }, { jp: 4 }, { jp: 1 }, { jp: 0 }]

  it('counts the JP of Hadir and Terlambat only', () => {
    expect(attendedJp(sessions, ['HADIR', 'TERLAMBAT', 'IZIN', 'ALPA', 'HADIR'])).toBe(5)
    expect(attendedJp(sessions, ['SAKIT', null, 'HADIR', 'TERLAMBAT', null])).toBe(5)
    expect(attendedJp(sessions, [null, null, null, null, null])).toBe(0)
    expect(attendedJp([], [])).toBe(0)
    for (const s of ['IZIN', 'SAKIT', 'ALPA', null] as const) expect(countsAsAttended(s)).toBe(false)
  })

  it('gives the share of the whole agenda, and none without JP', () => {
    expect(jpShare(24, 30)).toBeCloseTo(0.8)
    expect(jpShare(0, 30)).toBe(0)
    expect(jpShare(0, 0)).toBeNull()
  })

  it('is below the minimum only under it, exactly at the boundary', () => {
    expect(isBelowMinimum(24, 30, 80)).toBe(false) // 80 % exactly meets 80 %
    expect(isBelowMinimum(23, 30, 80)).toBe(true)
    expect(isBelowMinimum(30, 30, 100)).toBe(false)
    expect(isBelowMinimum(29, 30, 100)).toBe(true)
    expect(isBelowMinimum(0, 30, 0)).toBe(false)
    // 7 of 10 JP is 70 %: with floating point 0.7 * 100 is 70.00000000000001, so compare in integers.
    expect(isBelowMinimum(7, 10, 70)).toBe(false)
    expect(isBelowMinimum(0, 0, 80)).toBe(false)
  })
})

describe('attendance rates', () => {
  it('is attended over expected, none when nothing was expected', () => {
    expect(attendanceRate(45, 60)).toBe(0.75)
    expect(attendanceRate(0, 0)).toBeNull()
  })

  it('sums tallies and derives the figures', () => {
    const a = { expected: 10, counts: { ...emptyCounts(), HADIR: 6, TERLAMBAT: 1, ALPA: 1 } }
    const b = { expected: 20, counts: { ...emptyCounts(), HADIR: 15, IZIN: 2, SAKIT: 1 } }
    const total = sumTallies([a, b])
    expect(total).toEqual({ expected: 30, counts: { HADIR: 21, TERLAMBAT: 1, IZIN: 2, SAKIT: 1, ALPA: 1 } })
    expect(tallyFigures(total)).toEqual({ attended: 22, marked: 26, unmarked: 4, rate: 22 / 30 })
    expect(tallyFigures(sumTallies([]))).toEqual({ attended: 0, marked: 0, unmarked: 0, rate: null })
  })
})
