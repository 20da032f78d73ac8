import { describe, expect, it } from 'vitest'
import { formatClock, fromIsoDate, parseClock, shiftInLocalTime, toIsoDate, utcToLocal } from './local-time'

describe('local time at the venue', () => {
  it('reads a UTC instant as the local date and minutes after midnight', () => {
    expect(utcToLocal(new Date('2025-07-01T05:00:00Z'), 'Asia/Makassar')).toEqual({ date: '2025-07-01', minutes: 13 * 60 })
    expect(utcToLocal(new Date('2025-06-30T23:30:00Z'), 'Asia/Jayapura')).toEqual({ date: '2025-07-01', minutes: 8 * 60 + 30 })
  })

  it('shifts by whole days on the wall clock, even across a daylight-saving change', () => {
    expect(shiftInLocalTime(new Date('2025-07-01T06:00:00Z'), 34, 'Asia/Jakarta').toISOString()).toBe('2025-08-04T06:00:00.000Z')
    // 09.00 in Amsterdam before and after the end of summer time (26 October 2025): 07.00Z, then 08.00Z.
    expect(shiftInLocalTime(new Date('2025-10-20T07:00:00Z'), 7, 'Europe/Amsterdam').toISOString()).toBe('2025-10-27T08:00:00.000Z')
  })

  it('parses and formats clock times and calendar dates', () => {
    expect(parseClock('08:05')).toBe(485)
    expect(parseClock('13.30')).toBe(810)
    expect(parseClock('24:00')).toBeNull()
    expect(parseClock('8')).toBeNull()
    expect(formatClock(485)).toBe('08:05')
    expect(toIsoDate(fromIsoDate('2025-12-31'))).toBe('2025-12-31')
  })
})
