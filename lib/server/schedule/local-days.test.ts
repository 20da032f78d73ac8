import { describe, expect, it } from 'vitest'
import { dayLabel, defaultMonth, groupByLocalDay, localDateKey, localTimeRange, monthLabel, monthWeeks, parseMonthKey, shiftMonth } from './local-days'

const session = (id: string, startsAt: string, timeZone = 'Asia/Jakarta', hours = 2) => {
  const start = new Date(startsAt)
  return { id, startsAt: start, endsAt: new Date(start.getTime() + hours * 3_600_000), timeZone }
}

describe('local days', () => {
  it('takes the day at the venue, not in UTC', () => {
    // 23.30 UTC on the 21st is already the 22nd in Jakarta (UTC+7) and Jayapura (UTC+9).
    expect(localDateKey(new Date('2024-05-21T23:30:00Z'), 'Asia/Jakarta')).toBe('2024-05-22')
    expect(localDateKey(new Date('2024-05-21T16:30:00Z'), 'Asia/Jakarta')).toBe('2024-05-21')
    expect(localDateKey(new Date('2024-05-21T16:30:00Z'), 'Asia/Jayapura')).toBe('2024-05-22')
  })

  it('shows hours at the venue with its label', () => {
    const start = new Date('2024-05-22T01:30:00Z')
    const end = new Date('2024-05-22T03:00:00Z')
    expect(localTimeRange(start, end, 'Asia/Makassar', 'WITA')).toBe('09.30–11.00 WITA')
    expect(localTimeRange(start, end, 'Asia/Jayapura', 'WIT')).toBe('10.30–12.00 WIT')
  })

  it('groups sessions by local day, keeping their order', () => {
    const days = groupByLocalDay([
      session('a', '2024-05-20T02:00:00Z'),
      session('b', '2024-05-20T06:00:00Z'),
      session('c', '2024-05-20T16:30:00Z', 'Asia/Makassar'), // 00.30 WITA on the 21st
    ])
    expect(days.map((d) => [d.date, d.sessions.map((s) => s.id)])).toEqual([['2024-05-20', ['a', 'b']], ['2024-05-21', ['c']]])
  })

  it('labels days and months in Indonesian', () => {
    expect(dayLabel('2024-05-22')).toBe('Rabu, 22 Mei 2024')
    expect(monthLabel('2024-06')).toBe('Juni 2024')
  })
})

describe('months', () => {
  it('accepts only YYYY-MM', () => {
    expect(parseMonthKey('2024-05')).toBe('2024-05')
    for (const bad of ['2024-13', '2024-5', '24-05', '', undefined, ['2024-05'], '2024-05-01']) expect(parseMonthKey(bad)).toBeNull()
  })

  it('moves across years', () => {
    expect(shiftMonth('2024-12', 1)).toBe('2025-01')
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(shiftMonth('2024-05', 0)).toBe('2024-05')
  })

  it('lays a month out in whole weeks from Monday', () => {
    const weeks = monthWeeks('2024-05') // 1 May 2024 was a Wednesday
    expect(weeks).toHaveLength(5)
    expect(weeks[0].slice(0, 3).map((d) => [d.date, d.inMonth])).toEqual([['2024-04-29', false], ['2024-04-30', false], ['2024-05-01', true]])
    expect(weeks.at(-1)!.at(-1)).toEqual({ date: '2024-06-02', day: 2, inMonth: false })
    expect(monthWeeks('2024-09')).toHaveLength(6) // starts on a Sunday
    expect(monthWeeks('2021-02')).toHaveLength(4) // 28 days from a Monday
  })

  it('opens on the month of the next session, else the latest, else today', () => {
    const sessions = [session('may', '2024-05-31T20:00:00Z'), session('june', '2024-06-11T02:00:00Z')] // the first is 1 June in Jakarta
    expect(defaultMonth(sessions, new Date('2024-05-01T00:00:00Z'), '2024-05-01')).toBe('2024-06')
    expect(defaultMonth(sessions, new Date('2025-01-01T00:00:00Z'), '2025-01-01')).toBe('2024-06')
    expect(defaultMonth([], new Date('2025-01-01T00:00:00Z'), '2025-01-15')).toBe('2025-01')
  })
})
