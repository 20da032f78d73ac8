import { describe, expect, it } from 'vitest'
import { changesMark, resolveMark, type CurrentMark } from './resolve-mark'

const t = (minute: number) => new Date(Date.UTC(2026, 11, 5, 1, minute))
const mark = (over: Partial<CurrentMark> = {}): CurrentMark => ({ status: 'HADIR', method: 'TRAINER', markedAt: t(10), note: null, ...over })

describe('resolveMark', () => {
  it('applies the first mark', () => {
    expect(resolveMark(undefined, mark())).toBe('APPLIED')
    expect(resolveMark(undefined, mark({ method: 'SELF_CHECKIN' }))).toBe('APPLIED')
  })
  it('lets the later marking time win, whatever the order of arrival', () => {
    expect(resolveMark(mark({ markedAt: t(10) }), mark({ status: 'IZIN', markedAt: t(11) }))).toBe('APPLIED')
    expect(resolveMark(mark({ markedAt: t(11) }), mark({ status: 'IZIN', markedAt: t(10) }))).toBe('SUPERSEDED')
    expect(resolveMark(mark({ markedAt: t(10) }), mark({ status: 'IZIN', markedAt: t(10) }))).toBe('APPLIED')
  })
  it('never lets a self check-in replace a mark, even an older one', () => {
    expect(resolveMark(mark({ status: 'ALPA', markedAt: t(1) }), mark({ method: 'SELF_CHECKIN', markedAt: t(30) }))).toBe('KEPT')
    expect(resolveMark(mark({ method: 'SELF_CHECKIN' }), mark({ method: 'SELF_CHECKIN', markedAt: t(30) }))).toBe('KEPT')
  })
  it('lets a trainer replace a self check-in', () => {
    expect(resolveMark(mark({ method: 'SELF_CHECKIN', markedAt: t(5) }), mark({ status: 'TERLAMBAT', markedAt: t(20) }))).toBe('APPLIED')
  })
})

describe('changesMark', () => {
  it('sees a change of status or note only', () => {
    expect(changesMark(undefined, mark())).toBe(true)
    expect(changesMark(mark(), mark({ markedAt: t(50) }))).toBe(false)
    expect(changesMark(mark(), mark({ status: 'SAKIT' }))).toBe(true)
    expect(changesMark(mark(), mark({ note: 'datang pukul 09.10' }))).toBe(true)
  })
})
