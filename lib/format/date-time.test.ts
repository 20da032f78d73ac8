import { describe, expect, it } from 'vitest'
import { formatDateRange, formatDateTimeInZone, formatPercent, formatSessionTime, formatTimeInZone } from './date-time'

describe('formatDateTimeInZone', () => {
  it('shows an instant in the venue zone with its label, the Indonesian way', () => {
    const instant = new Date('2024-05-22T02:30:00Z')
    expect(formatDateTimeInZone(instant, 'Asia/Jakarta', 'WIB')).toBe('Rabu, 22 Mei 2024 pukul 09.30 WIB')
    expect(formatDateTimeInZone(instant, 'Asia/Makassar', 'WITA')).toBe('Rabu, 22 Mei 2024 pukul 10.30 WITA')
    expect(formatTimeInZone(instant, 'Asia/Jayapura', 'WIT')).toBe('11.30 WIT')
  })

  it('shows a session as one local day with a time range', () => {
    expect(formatSessionTime(new Date('2024-06-12T06:00:00Z'), new Date('2024-06-12T09:00:00Z'), 'Asia/Makassar', 'WITA'))
      .toBe('Rabu, 12 Juni 2024 pukul 14.00–17.00 WITA')
  })

  it('crosses midnight into the next local day', () => {
    expect(formatDateTimeInZone(new Date('2024-05-21T18:00:00Z'), 'Asia/Jayapura', 'WIT')).toBe('Rabu, 22 Mei 2024 pukul 03.00 WIT')
  })
})

describe('formatDateRange', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`)
  it('shortens ranges within a month, a year, or a single day', () => {
    expect(formatDateRange(d('2024-05-19'), d('2024-05-23'))).toBe('19–23 Mei 2024')
    expect(formatDateRange(d('2024-05-29'), d('2024-06-02'))).toBe('29 Mei – 2 Juni 2024')
    expect(formatDateRange(d('2024-12-30'), d('2025-01-03'))).toBe('30 Desember 2024 – 3 Januari 2025')
    expect(formatDateRange(d('2024-06-14'), d('2024-06-14'))).toBe('14 Juni 2024')
  })
})

describe('formatPercent', () => {
  it('uses a decimal comma and a dash for no data', () => {
    expect(formatPercent(0.8768)).toBe('87,7%')
    expect(formatPercent(null)).toBe('–')
  })
})
