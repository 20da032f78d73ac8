import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { toHundredths } from '@/lib/assessments/score'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { assessableEnrolmentWhere, assessmentWhere, cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

export type RecordedScore = { hundredths: number; takenAt: Date; recordedByName: string | null }
export type ScoreRow = { enrolmentId: string; name: string; institution: string; pre: RecordedScore | null; post: RecordedScore | null }

/**
 * A cohort's non-withdrawn participants, by name, with their pre-test and post-test scores: for the
 * score form (Admin Pusat, the cohort's trainers) and its read-only view (the province's operator).
 * Three narrow queries in parallel, each through its scoped builder; a participant is refused.
 */
export async function getCohortScoresOrThrow(actor: Actor, cohortId: string) {
  if (requireAccess(actor, 'read', 'assessment') === 'own') throw forbiddenError()
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const [cohort, enrolments, assessments] = await Promise.all([
    db.cohort.findFirst({
      where: { AND: [cohortWhere(actor), { id: cohortId }] },
      select: {
        id: true, name: true, startDate: true, endDate: true, venue: true, city: true,
        province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
        wave: { select: { number: true, program: { select: { name: true, postTestRequired: true, postTestPassMark: true } } } },
      },
    }),
    db.enrolment.findMany({
      where: { AND: [assessableEnrolmentWhere(actor), { cohortId, status: { not: 'WITHDRAWN' } }] },
      orderBy: [{ participant: { name: 'asc' } }, { id: 'asc' }],
      select: { id: true, participant: { select: { name: true, institutionName: true } } },
    }),
    db.assessment.findMany({
      where: { AND: [assessmentWhere(actor), { enrolment: { cohortId, status: { not: 'WITHDRAWN' } } }] },
      select: { enrolmentId: true, kind: true, score: true, takenAt: true, recordedBy: { select: { name: true } } },
    }),
  ])
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  const scoreOf = new Map(assessments.map((a) => [`${a.kind}:${a.enrolmentId}`, {
    hundredths: toHundredths(a.score), takenAt: a.takenAt, recordedByName: a.recordedBy?.name ?? null,
  }]))
  const rows: ScoreRow[] = enrolments.map((e) => ({
    enrolmentId: e.id, name: e.participant.name, institution: e.participant.institutionName,
    pre: scoreOf.get(`PRE_TEST:${e.id}`) ?? null, post: scoreOf.get(`POST_TEST:${e.id}`) ?? null,
  }))
  return { cohort, program: cohort.wave.program, rows, mayEdit: can(actor.role, 'update', 'assessment') }
}

export type CohortScores = Awaited<ReturnType<typeof getCohortScoresOrThrow>>
