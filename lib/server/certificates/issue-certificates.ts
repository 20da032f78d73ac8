import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { newVerificationCode } from '@/lib/certificates/verification-code'
import { planIssue, planTotals, statusByRule } from '@/lib/certificates/issue-plan'
import { writeAuditLog, writeAuditLogs } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { allocateSeq, certificateNumber, lockProgram, requireIssuerDesign, withNumberClash } from './certificate-issuer'
import { loadEligibilityRows } from './load-eligibility-rows'
import { parseIssueTarget, resolveIssueTarget, type IssueTarget } from './resolve-issue-target'

// Issues certificates to every eligible enrolment of a target that holds no valid one (decision 027).
// One transaction per target (a target is always one program): under the program's row lock the
// rule is evaluated again, numbers are taken as one block of the program's gapless sequence,
// certificates and enrolment statuses are written with an audit record per certificate and one for
// the whole issue. Either everything of the target is issued or nothing is.

export type IssueResult = { issued: number; alreadyHad: number; notEligible: number; firstNumber: string | null; lastNumber: string | null }

export async function issueCertificates(actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<IssueResult> {
  return issueCertificatesTo(actor, parseIssueTarget(raw), now)
}

export async function issueCertificatesTo(actor: Actor, target: IssueTarget, now = new Date()): Promise<IssueResult> {
  const resolved = await resolveIssueTarget(actor, target)
  const { program } = resolved
  const design = await requireIssuerDesign(db, program.id)
  return withNumberClash(() => db.$transaction(async (tx) => {
    await lockProgram(tx, program.id)
    const figures = await loadEligibilityRows(tx, resolved.cohorts.map((c) => c.id), resolved.enrolmentScope)
    const plans = planIssue(program, resolved.cohorts.map((c) => ({ ...c, ...figures.get(c.id)! })))
    const totals = planTotals(plans)

    const passed = plans.flatMap((p) => [...p.willGet, ...p.willNot, ...p.alreadyHave]).filter((r) => statusByRule(r) === 'PASSED').map((r) => r.enrolmentId)
    const failed = plans.flatMap((p) => p.willNot).filter((r) => statusByRule(r) === 'FAILED').map((r) => r.enrolmentId)
    await Promise.all([
      passed.length ? tx.enrolment.updateMany({ where: { id: { in: passed }, status: { not: 'WITHDRAWN' } }, data: { status: 'PASSED' } }) : null,
      failed.length ? tx.enrolment.updateMany({ where: { id: { in: failed }, status: { not: 'WITHDRAWN' } }, data: { status: 'FAILED' } }) : null,
    ])

    let seq = totals.willGet ? await allocateSeq(tx, program.id, totals.willGet) : 0
    const data = plans.flatMap((p) => p.willGet.map((row) => ({
      enrolmentId: row.enrolmentId,
      number: certificateNumber(design, seq++, { code: p.cohort.provinceCode, name: p.cohort.provinceName }, now),
      verificationCode: newVerificationCode(),
      issuedAt: now,
      issuePlace: design.issuePlace,
      issuingOffice: design.issuingOffice,
      holderName: row.name,
      holderInstitution: row.institution,
      totalJp: p.cohort.totalJp,
      signatoryName: design.signatoryName,
      signatoryTitle: design.signatoryTitle,
    })))
    const created = data.length
      ? await tx.certificate.createManyAndReturn({ data, select: { id: true, number: true, enrolmentId: true, holderName: true } })
      : []
    await writeAuditLogs(tx, actor, created.map((c) => ({ action: 'issue', entity: 'Certificate', entityId: c.id, after: { number: c.number, enrolmentId: c.enrolmentId, holderName: c.holderName } })))
    const result: IssueResult = {
      issued: created.length, alreadyHad: totals.alreadyHave, notEligible: totals.willNot,
      firstNumber: data[0]?.number ?? null, lastNumber: data.at(-1)?.number ?? null,
    }
    await writeAuditLog(tx, actor, {
      action: 'issue-certificates', entity: 'Program', entityId: program.id,
      after: { target, cohorts: resolved.cohorts.map((c) => c.id), ...result, passed: passed.length, failed: failed.length },
    })
    return result
  }, { timeout: 120_000, maxWait: 30_000 }))
}
