import { describe, expect, it } from 'vitest'
import { checkInStatus, checkInWindow, clampMarkedAt, DEFAULT_ATTENDANCE_SETTINGS as rules, markingWindow } from './rules'

const session = { startsAt: new Date('2026-12-05T01:00:00Z'), endsAt: new Date('2026-12-05T03:15:00Z') }
const at = (iso: string) => new Date(iso)

describe('marking window', () => {
  it('opens 30 minutes before the start and locks 3 days after the end', () => {
    expect(markingWindow(session, rules, at('2026-12-05T00:29:59Z'))).toBe('NOT_YET')
    expect(markingWindow(session, rules, at('2026-12-05T00:30:00Z'))).toBe('OPEN')
    expect(markingWindow(session, rules, at('2026-12-08T03:15:00Z'))).toBe('OPEN')
    expect(markingWindow(session, rules, at('2026-12-08T03:15:00.001Z'))).toBe('LOCKED')
  })
  it('follows the settings', () => {
    expect(markingWindow(session, { ...rules, lockDays: 0 }, at('2026-12-05T03:16:00Z'))).toBe('LOCKED')
  })
})

describe('self check-in', () => {
  it('is open from the opening to the end of the session', () => {
    expect(checkInWindow(session, rules, at('2026-12-05T00:29:00Z'))).toBe('NOT_YET')
    expect(checkInWindow(session, rules, at('2026-12-05T00:31:00Z'))).toBe('OPEN')
    expect(checkInWindow(session, rules, at('2026-12-05T03:15:00Z'))).toBe('OPEN')
    expect(checkInWindow(session, rules, at('2026-12-05T03:15:01Z'))).toBe('CLOSED')
  })
  it('is Hadir within the grace period and Terlambat after it', () => {
    expect(checkInStatus(session, rules, at('2026-12-05T00:40:00Z'))).toBe('HADIR')
    expect(checkInStatus(session, rules, at('2026-12-05T01:15:00Z'))).toBe('HADIR')
    expect(checkInStatus(session, rules, at('2026-12-05T01:15:01Z'))).toBe('TERLAMBAT')
    expect(checkInStatus(session, { ...rules, lateGraceMinutes: 0 }, at('2026-12-05T01:00:01Z'))).toBe('TERLAMBAT')
  })
})

describe('clamping a device clock', () => {
  const received = at('2026-12-05T02:00:00Z')
  it('keeps a plausible time', () => {
    expect(clampMarkedAt(at('2026-12-05T01:05:00Z'), session, rules, received).toISOString()).toBe('2026-12-05T01:05:00.000Z')
  })
  it('never lies after the arrival', () => {
    expect(clampMarkedAt(at('2027-01-01T00:00:00Z'), session, rules, received)).toEqual(received)
  })
  it('never lies before the opening', () => {
    expect(clampMarkedAt(at('1999-01-01T00:00:00Z'), session, rules, received).toISOString()).toBe('2026-12-05T00:30:00.000Z')
  })
  it('takes the arrival when the device sent no usable time', () => {
    expect(clampMarkedAt(null, session, rules, received)).toEqual(received)
    expect(clampMarkedAt(new Date(Number.NaN), session, rules, received)).toEqual(received)
  })
  it('is never later than the lock, even for a late arrival', () => {
    const late = at('2026-12-20T00:00:00Z')
    expect(clampMarkedAt(late, session, rules, late).toISOString()).toBe('2026-12-08T03:15:00.000Z')
  })
})
