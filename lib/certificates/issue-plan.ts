// Who of a target's cohorts gets a certificate when issuing, who does not and why, and who already
// holds one (issue 11). Pure: the preview, the issue itself and their tests share it, so what the
// preview promises is what the issue does.
import { evaluateEligibility, type CertificateRule, type Eligibility } from './eligibility'

export type EligibilityRow = {
  enrolmentId: string
  participantId: string
  name: string
  institution: string
  attendedJp: number
  postTestScore: number | null
  /** The enrolment's valid (not revoked) certificate, if any. */
  validCertificate: { id: string; number: string } | null
}

export type PlanCohort = { id: string; name: string; provinceCode: string; provinceName: string; totalJp: number; rows: EligibilityRow[] }

export type PlannedRow = EligibilityRow & { eligibility: Eligibility }

export type CohortPlan = {
  cohort: Omit<PlanCohort, 'rows'>
  /** Eligible, no valid certificate yet: each gets a number, in this order. */
  willGet: PlannedRow[]
  /** Not eligible and no valid certificate: the reasons say why. */
  willNot: PlannedRow[]
  /** Already holding a valid certificate: nothing is issued (whether or not the rule is still met). */
  alreadyHave: PlannedRow[]
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

/** Participant names in Indonesian dictionary order, the enrolment id breaking ties: the same order on every database. */
export const byName = (a: { name: string; enrolmentId: string }, b: { name: string; enrolmentId: string }) =>
  collator.compare(a.name, b.name) || (a.enrolmentId < b.enrolmentId ? -1 : a.enrolmentId > b.enrolmentId ? 1 : 0)

/** Cohorts by province code, then their own order (sequence, id) as given by the caller. */
export function planIssue(rule: CertificateRule, cohorts: readonly PlanCohort[]): CohortPlan[] {
  return cohorts.map(({ rows, ...cohort }) => {
    const plan: CohortPlan = { cohort, willGet: [], willNot: [], alreadyHave: [] }
    for (const row of [...rows].sort(byName)) {
      const planned = { ...row, eligibility: evaluateEligibility(rule, { attendedJp: row.attendedJp, totalJp: cohort.totalJp, postTestScore: row.postTestScore }) }
      if (row.validCertificate) plan.alreadyHave.push(planned)
      else if (planned.eligibility.eligible) plan.willGet.push(planned)
      else plan.willNot.push(planned)
    }
    return plan
  })
}

export function planTotals(plans: readonly CohortPlan[]) {
  return plans.reduce((t, p) => ({ willGet: t.willGet + p.willGet.length, willNot: t.willNot + p.willNot.length, alreadyHave: t.alreadyHave + p.alreadyHave.length }), { willGet: 0, willNot: 0, alreadyHave: 0 })
}

/** The enrolment's status by the rule. Holding a valid certificate keeps PASSED: only a revocation takes a certificate away. */
export const statusByRule = (row: PlannedRow): 'PASSED' | 'FAILED' => (row.eligibility.eligible || row.validCertificate ? 'PASSED' : 'FAILED')

/** Month (1–12) and year of an instant on the calendar of Jakarta (WIB), where certificates are dated. */
export function jakartaMonthYear(instant: Date): { month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', year: 'numeric', month: 'numeric' }).formatToParts(instant)
  return { month: Number(parts.find((p) => p.type === 'month')!.value), year: Number(parts.find((p) => p.type === 'year')!.value) }
}
