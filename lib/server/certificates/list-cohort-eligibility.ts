import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { evaluateEligibility, type Eligibility } from '@/lib/certificates/eligibility'
import { byName, type EligibilityRow } from '@/lib/certificates/issue-plan'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { provinceOf, requireAccess } from '@/lib/server/scope/access'
import { certificateWhere, cohortWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'
import { loadIssuerDesign, NO_DESIGN_MESSAGE } from './certificate-issuer'
import { loadEligibilityRows } from './load-eligibility-rows'

export type CohortCertificate = {
  id: string
  number: string
  holderName: string
  issuedAt: Date
  revokedAt: Date | null
  revokedReason: string | null
  replacedByNumber: string | null
  replacesNumber: string | null
}

export type EligibilityListRow = EligibilityRow & { eligibility: Eligibility; certificates: CohortCertificate[] }

/**
 * A cohort's non-withdrawn enrolments with the figures of the program's certificate rule and its
 * verdict, and every certificate of the cohort (valid, revoked, reissued). Officers only: Admin
 * Pusat, the province's operator (read-only unless the role map lets them issue).
 */
export async function listCohortEligibilityOrThrow(actor: Actor, cohortId: string) {
  const access = requireAccess(actor, 'read', 'certificate')
  if (access !== 'any' && access !== 'province') throw forbiddenError()
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const cohort = await db.cohort.findFirst({
    where: { AND: [cohortWhere(actor), { id: cohortId }] },
    select: {
      id: true, name: true, provinceCode: true, startDate: true, endDate: true, venue: true, city: true,
      province: { select: { name: true } },
      wave: { select: { id: true, number: true, program: { select: { id: true, name: true, minAttendancePercent: true, postTestRequired: true, postTestPassMark: true } } } },
    },
  })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  const program = cohort.wave.program
  const [figures, certificates, design] = await Promise.all([
    loadEligibilityRows(db, [cohort.id], enrolmentWhere(actor)),
    db.certificate.findMany({
      where: { AND: [certificateWhere(actor), { enrolment: { cohortId: cohort.id } }] },
      orderBy: [{ issuedAt: 'asc' }, { number: 'asc' }],
      select: {
        id: true, number: true, enrolmentId: true, holderName: true, issuedAt: true, revokedAt: true, revokedReason: true,
        replacedBy: { select: { number: true } }, replaces: { select: { number: true } },
      },
    }),
    loadIssuerDesign(db, program.id),
  ])
  const { totalJp, rows } = figures.get(cohort.id)!
  const certificatesOf = new Map<string, CohortCertificate[]>()
  const all: CohortCertificate[] = certificates.map((c) => {
    const view = {
      id: c.id, number: c.number, holderName: c.holderName, issuedAt: c.issuedAt, revokedAt: c.revokedAt, revokedReason: c.revokedReason,
      replacedByNumber: c.replacedBy?.number ?? null, replacesNumber: c.replaces?.number ?? null,
    }
    certificatesOf.set(c.enrolmentId, [...(certificatesOf.get(c.enrolmentId) ?? []), view])
    return view
  })
  const list: EligibilityListRow[] = [...rows].sort(byName).map((r) => ({
    ...r, eligibility: evaluateEligibility(program, { attendedJp: r.attendedJp, totalJp, postTestScore: r.postTestScore }), certificates: certificatesOf.get(r.enrolmentId) ?? [],
  }))
  const issueAccess = accessFor(actor.role, 'issue', 'certificate')
  return {
    cohort, program, totalJp, rows: list, certificates: all,
    eligibleCount: list.filter((r) => r.eligibility.eligible).length,
    designProblem: design ? null : NO_DESIGN_MESSAGE,
    mayIssue: issueAccess === 'any' || (issueAccess === 'province' && provinceOf(actor) === cohort.provinceCode),
    mayRevoke: accessFor(actor.role, 'revoke', 'certificate') === 'any',
  }
}

export type CohortEligibility = Awaited<ReturnType<typeof listCohortEligibilityOrThrow>>
