import { describe, expect, it } from 'vitest'
import { eligibilitySummary, evaluateEligibility } from './eligibility'

const rule = { minAttendancePercent: 90, postTestRequired: true, postTestPassMark: 60 }

describe('evaluateEligibility', () => {
  it('passes at exactly the minimum share and the pass mark', () => {
    expect(evaluateEligibility(rule, { attendedJp: 27, totalJp: 30, postTestScore: 60 })).toEqual({ eligible: true, reasons: [], attendancePercent: 90 })
  })

  it('gives the attendance reason with the share rounded down', () => {
    const e = evaluateEligibility(rule, { attendedJp: 26, totalJp: 32, postTestScore: 80 })
    expect(e.reasons).toEqual(['kehadiran 26 dari 32 JP (81 %) < 90 %'])
    expect(e.eligible).toBe(false)
  })

  it('never shows a share at the minimum for a participant below it', () => {
    // 89.9 % is below 90 %: shown as 89 %, not rounded up to 90 %.
    expect(evaluateEligibility(rule, { attendedJp: 899, totalJp: 1000, postTestScore: 70 }).reasons).toEqual(['kehadiran 899 dari 1000 JP (89 %) < 90 %'])
  })

  it('names a missing post-test and a low score, with a decimal comma', () => {
    expect(evaluateEligibility(rule, { attendedJp: 30, totalJp: 30, postTestScore: null }).reasons).toEqual(['belum mengikuti post-test'])
    expect(evaluateEligibility(rule, { attendedJp: 30, totalJp: 30, postTestScore: 55 }).reasons).toEqual(['nilai post-test 55 < 60'])
    expect(evaluateEligibility(rule, { attendedJp: 30, totalJp: 30, postTestScore: 57.5 }).reasons).toEqual(['nilai post-test 57,5 < 60'])
    // Two decimals as stored: 59,99 is never shown rounded up to a passing-looking 60.
    expect(evaluateEligibility(rule, { attendedJp: 30, totalJp: 30, postTestScore: 59.99 }).reasons).toEqual(['nilai post-test 59,99 < 60'])
  })

  it('ignores the post-test when the program does not require it', () => {
    expect(evaluateEligibility({ ...rule, postTestRequired: false }, { attendedJp: 30, totalJp: 30, postTestScore: null }).eligible).toBe(true)
  })

  it('lists every unmet condition, and a class without JP', () => {
    const both = evaluateEligibility(rule, { attendedJp: 10, totalJp: 32, postTestScore: null })
    expect(both.reasons).toEqual(['kehadiran 10 dari 32 JP (31 %) < 90 %', 'belum mengikuti post-test'])
    expect(eligibilitySummary(both)).toBe('Belum memenuhi syarat: kehadiran 10 dari 32 JP (31 %) < 90 %; belum mengikuti post-test.')
    expect(evaluateEligibility(rule, { attendedJp: 0, totalJp: 0, postTestScore: 90 }).reasons).toEqual(['kelas belum memiliki sesi ber-JP'])
  })
})
