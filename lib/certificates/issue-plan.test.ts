import { describe, expect, it } from 'vitest'
import { jakartaMonthYear, planIssue, planTotals, statusByRule, type EligibilityRow } from './issue-plan'

const rule = { minAttendancePercent: 80, postTestRequired: true, postTestPassMark: 60 }
const row = (name: string, attendedJp: number, postTestScore: number | null, validCertificate: EligibilityRow['validCertificate'] = null): EligibilityRow => ({
  enrolmentId: `e-${name}`, participantId: `p-${name}`, name, institution: 'Perpustakaan Desa', attendedJp, postTestScore, validCertificate,
})

describe('planIssue', () => {
  const [plan] = planIssue(rule, [{
    id: 'c1', name: 'Kelas', provinceCode: '32', provinceName: 'Jawa Barat', totalJp: 10,
    rows: [row('dewi', 10, 70), row('Budi', 10, 90), row('ani', 7, 90), row('Cici', 10, null), row('Eko', 10, 80, { id: 'x', number: '0001/X' }), row('Fajar', 2, 10, { id: 'y', number: '0002/X' })],
  }])

  it('splits into will get (by name, case-insensitively), will not with reasons, and already have', () => {
    expect(plan.willGet.map((r) => r.name)).toEqual(['Budi', 'dewi'])
    expect(plan.willNot.map((r) => [r.name, r.eligibility.reasons])).toEqual([
      ['ani', ['kehadiran 7 dari 10 JP (70 %) < 80 %']],
      ['Cici', ['belum mengikuti post-test']],
    ])
    expect(plan.alreadyHave.map((r) => r.name)).toEqual(['Eko', 'Fajar'])
    expect(planTotals([plan, plan])).toEqual({ willGet: 4, willNot: 4, alreadyHave: 4 })
  })

  it('sets the status by the rule, a valid certificate keeping PASSED', () => {
    expect(plan.willGet.map(statusByRule)).toEqual(['PASSED', 'PASSED'])
    expect(plan.willNot.map(statusByRule)).toEqual(['FAILED', 'FAILED'])
    expect(plan.alreadyHave.map(statusByRule)).toEqual(['PASSED', 'PASSED'])
  })
})

describe('jakartaMonthYear', () => {
  it('dates by the calendar of Jakarta (UTC+7)', () => {
    expect(jakartaMonthYear(new Date('2024-06-30T16:59:00Z'))).toEqual({ month: 6, year: 2024 })
    expect(jakartaMonthYear(new Date('2024-06-30T17:00:00Z'))).toEqual({ month: 7, year: 2024 })
    expect(jakartaMonthYear(new Date('2024-12-31T17:30:00Z'))).toEqual({ month: 1, year: 2025 })
  })
})
