import { describe, expect, it } from 'vitest'
import { mergeIntervals, minutesPresent, reportStatus, requiredMinutes } from './presence'

const at = (hhmm: string) => new Date(`2024-06-20T${hhmm}:00Z`)
const session = { startsAt: at('02:00'), endsAt: at('04:00') } // 120 minutes
const rules = { onlinePresentPercent: 75, lateGraceMinutes: 15 }
const join = (from: string, to: string) => ({ joinedAt: at(from), leftAt: at(to) })

describe('mergeIntervals', () => {
  it('merges overlaps and touching intervals, drops empty ones', () => {
    expect(mergeIntervals([{ from: 5, to: 10 }, { from: 0, to: 6 }, { from: 10, to: 12 }, { from: 20, to: 20 }, { from: 15, to: 18 }]))
      .toEqual([{ from: 0, to: 12 }, { from: 15, to: 18 }])
  })
})

describe('minutesPresent', () => {
  it('sums rejoins', () => expect(minutesPresent([join('02:00', '02:50'), join('03:00', '04:00')], session)).toBe(110))
  it('counts two devices at once only once', () => expect(minutesPresent([join('02:00', '03:30'), join('02:10', '04:00')], session)).toBe(120))
  it('ignores time before the start and after the end', () => expect(minutesPresent([join('01:30', '04:45')], session)).toBe(120))
  it('is 0 for a join outside the session', () => expect(minutesPresent([join('05:00', '06:00')], session)).toBe(0))
})

describe('reportStatus', () => {
  it('needs the share of the session', () => {
    expect(requiredMinutes(session, rules)).toBe(90)
    expect(reportStatus(90, at('02:00'), session, rules)).toBe('HADIR')
    expect(reportStatus(89, at('02:00'), session, rules)).toBeNull()
  })
  it('is Terlambat when the first join came after the grace', () => {
    expect(reportStatus(100, at('02:15'), session, rules)).toBe('HADIR')
    expect(reportStatus(100, at('02:16'), session, rules)).toBe('TERLAMBAT')
  })
  it('follows the national setting', () => {
    expect(reportStatus(60, at('02:00'), session, { ...rules, onlinePresentPercent: 50 })).toBe('HADIR')
  })
})
