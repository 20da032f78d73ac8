import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { planIssue, planTotals, type CohortPlan } from '@/lib/certificates/issue-plan'
import { db } from '@/lib/server/db'
import { loadIssuerDesign, NO_DESIGN_MESSAGE } from './certificate-issuer'
import { loadEligibilityRows } from './load-eligibility-rows'
import { resolveIssueTarget, type IssueTarget, type ResolvedTarget } from './resolve-issue-target'

export type IssuePreview = {
  target: IssueTarget
  program: ResolvedTarget['program']
  plans: CohortPlan[]
  totals: { willGet: number; willNot: number; alreadyHave: number }
  /** Why nothing can be issued yet (no design or no signatory), or null. */
  designProblem: string | null
}

/** Who would get a certificate, who would not and why, and who already holds one; nothing is written. */
export async function previewCertificateIssue(actor: Actor, target: IssueTarget): Promise<IssuePreview> {
  const resolved = await resolveIssueTarget(actor, target)
  const [figures, design] = await Promise.all([
    loadEligibilityRows(db, resolved.cohorts.map((c) => c.id), resolved.enrolmentScope),
    loadIssuerDesign(db, resolved.program.id),
  ])
  const plans = planIssue(resolved.program, resolved.cohorts.map((c) => ({ ...c, ...figures.get(c.id)! })))
  return { target, program: resolved.program, plans, totals: planTotals(plans), designProblem: design ? null : NO_DESIGN_MESSAGE }
}
