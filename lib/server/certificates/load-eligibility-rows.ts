import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { EligibilityRow } from '@/lib/certificates/issue-plan'
import type { Db, Tx } from '@/lib/server/db'

// What the certificate rule reads for the non-withdrawn enrolments of some cohorts, in three queries
// whatever their number: the cohorts' sessions (JP), the enrolments with their participant, best
// post-test score and valid certificate, and the Hadir/Terlambat marks (two columns). The caller has
// scoped the cohorts already and passes the actor's enrolment scope as well.

export type CohortFigures = { totalJp: number; rows: EligibilityRow[] }

export async function loadEligibilityRows(client: Db | Tx, cohortIds: string[], enrolmentScope: Prisma.EnrolmentWhereInput): Promise<Map<string, CohortFigures>> {
  const figures = new Map<string, CohortFigures>(cohortIds.map((id) => [id, { totalJp: 0, rows: [] }]))
  if (!cohortIds.length) return figures
  const [sessions, enrolments, marks] = await Promise.all([
    client.session.findMany({ where: { cohortId: { in: cohortIds } }, select: { id: true, cohortId: true, jp: true } }),
    client.enrolment.findMany({
      where: { AND: [enrolmentScope, { cohortId: { in: cohortIds }, status: { not: 'WITHDRAWN' } }] },
      select: {
        id: true, cohortId: true, participantId: true,
        participant: { select: { name: true, institutionName: true } },
        // Several post-tests (a remedial one): the best score counts.
        assessments: { where: { kind: 'POST_TEST' }, orderBy: { score: 'desc' }, take: 1, select: { score: true } },
        certificates: { where: { revokedAt: null }, take: 1, select: { id: true, number: true } },
      },
    }),
    client.attendanceMark.findMany({
      where: { session: { cohortId: { in: cohortIds } }, status: { in: ['HADIR', 'TERLAMBAT'] } },
      select: { enrolmentId: true, sessionId: true },
    }),
  ])
  const jpOf = new Map(sessions.map((s) => [s.id, s.jp]))
  for (const s of sessions) figures.get(s.cohortId)!.totalJp += s.jp
  const attended = new Map<string, number>()
  for (const m of marks) attended.set(m.enrolmentId, (attended.get(m.enrolmentId) ?? 0) + (jpOf.get(m.sessionId) ?? 0))
  for (const e of enrolments) {
    const score = e.assessments[0]?.score
    figures.get(e.cohortId)!.rows.push({
      enrolmentId: e.id, participantId: e.participantId, name: e.participant.name, institution: e.participant.institutionName,
      attendedJp: attended.get(e.id) ?? 0, postTestScore: score == null ? null : Number(score),
      validCertificate: e.certificates[0] ?? null,
    })
  }
  return figures
}
