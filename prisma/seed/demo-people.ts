// Trainers and their assignments, participants and their enrolments, attendance and test results.
import type { Prisma, PrismaClient } from '../../generated/prisma/client'
import { AssignmentRole } from '../../generated/prisma/enums'
import { protectNik } from '../../lib/server/crypto/nik'
import { planEnrolmentOutcome, type PlannedAssessment, type PlannedMark, type Rule } from './attendance'
import { insertUnnest, type ColumnTypes } from './bulk'
import { DEMO_ACCOUNTS } from './demo-accounts'
import type { SeededCohort } from './demo-calendar'
import { DEMO_PARTICIPANT_TOTAL, DEMO_TRAINER_TOTAL, DEMO_TRAINERS_PER_COHORT } from './demo-plan'
import { planParticipants, spread, type PlannedParticipant, type VillageRef } from './participants'
import { createRandom, demoId, seedFrom } from './random'
import { assignTrainers, planTrainers, type Pin, type PlannedAssignment, type PlannedTrainer } from './trainers'
import type { EnrolmentStanding } from './demo-certificates'

// Column types of the bulk-inserted tables; `satisfies` ties every name to the Prisma model.
type ParticipantRow = Omit<PlannedParticipant, 'nik' | 'cohortId'> & { nikCiphertext: string; nikHash: string; nikMasked: string }
const PARTICIPANT_COLUMNS = {
  id: 'uuid', name: 'text', nikCiphertext: 'text', nikHash: 'text', nikMasked: 'varchar', sex: '"Sex"', birthDate: 'date',
  phone: 'text', email: 'text', institutionType: '"InstitutionType"', institutionName: 'text', npp: 'text',
  villageCode: 'varchar', regencyCode: 'varchar', provinceCode: 'varchar',
} satisfies ColumnTypes<ParticipantRow> & Partial<Record<keyof Prisma.ParticipantCreateManyInput, string>>
type EnrolmentRow = { id: string; participantId: string; cohortId: string; programId: string; status: string }
const ENROLMENT_COLUMNS = {
  id: 'uuid', participantId: 'uuid', cohortId: 'uuid', programId: 'uuid', status: '"EnrolmentStatus"',
} satisfies ColumnTypes<EnrolmentRow> & Partial<Record<keyof Prisma.EnrolmentCreateManyInput, string>>
const MARK_COLUMNS = {
  id: 'uuid', enrolmentId: 'uuid', sessionId: 'uuid', status: '"AttendanceStatus"', method: '"MarkMethod"',
  markedById: 'uuid', markedAt: 'timestamptz', note: 'text',
} satisfies ColumnTypes<PlannedMark> & Partial<Record<keyof Prisma.AttendanceMarkCreateManyInput, string>>
const ASSESSMENT_COLUMNS = {
  id: 'uuid', enrolmentId: 'uuid', kind: '"AssessmentKind"', score: 'numeric', takenAt: 'timestamptz', recordedById: 'uuid',
} satisfies ColumnTypes<PlannedAssessment> & Partial<Record<keyof Prisma.AssessmentCreateManyInput, string>>
const UPDATED_NOW = { updatedAt: 'now()' } // @updatedAt has no database default

/** The demo Pelatih Ahli leads in Jawa Barat (wave 1) and Banten (wave 4) and supports in Jawa Tengah (wave 2). */
const DEMO_TRAINER_COHORTS: [provinceCode: string, role: AssignmentRole][] = [
  ['32', AssignmentRole.LEAD],
  ['33', AssignmentRole.SUPPORT],
  ['36', AssignmentRole.LEAD],
]

export async function seedTrainers(prisma: PrismaClient, cohorts: SeededCohort[], takenPhones: Set<string>) {
  const provinces = await prisma.province.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } })
  const trainers = planTrainers(createRandom(seedFrom('trainers')), provinces, DEMO_TRAINER_TOTAL, takenPhones)
  const demoTrainer = trainers[0]
  const pins: Pin[] = DEMO_TRAINER_COHORTS.map(([provinceCode, role]) => ({
    trainerId: demoTrainer.id,
    cohortId: cohorts.find((c) => c.provinceCode === provinceCode)!.id,
    role,
  }))
  const assignments = assignTrainers(createRandom(seedFrom('assignments')), cohorts, trainers, DEMO_TRAINERS_PER_COHORT, pins)
  await prisma.trainer.createMany({ data: trainers, skipDuplicates: true })
  await prisma.trainerAssignment.createMany({ data: assignments, skipDuplicates: true })
  return { trainers, assignments, demoTrainer }
}

/** Real villages of the cohorts' provinces, in code order so that the draw is reproducible. */
async function villagesByProvince(prisma: PrismaClient, provinceCodes: string[]): Promise<Map<string, VillageRef[]>> {
  const byProvince = new Map<string, VillageRef[]>(provinceCodes.map((code) => [code, []]))
  const villages = await prisma.village.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } })
  for (const village of villages) byProvince.get(village.code.slice(0, 2))?.push(village)
  return byProvince
}

export async function seedParticipants(prisma: PrismaClient, cohorts: SeededCohort[], programId: string, takenPhones: Set<string>) {
  const sizes = spread(DEMO_PARTICIPANT_TOTAL, cohorts.length)
  const villages = await villagesByProvince(prisma, cohorts.map((c) => c.provinceCode))
  const participants = planParticipants(
    createRandom(seedFrom('participants')),
    cohorts.map((c, i) => ({ cohortId: c.id, provinceCode: c.provinceCode, size: sizes[i] })),
    villages,
    takenPhones,
  )
  const rows: ParticipantRow[] = participants.map(({ nik, cohortId: _cohortId, ...columns }) => ({ ...columns, ...protectNik(nik) }))
  await insertUnnest(prisma, 'participant', PARTICIPANT_COLUMNS, rows, UPDATED_NOW)
  await assertAllPresent(prisma, participants.map((p) => p.id))
  const demoParticipant = participants.find((p) => p.phone === DEMO_ACCOUNTS.peserta.phone)!
  return { participants, demoParticipant, enrolmentId: (p: PlannedParticipant) => demoId('enrolment', p.id, programId) }
}

/** skipDuplicates also skips a row that collides on phone or NIK with someone else's data: say so plainly. */
async function assertAllPresent(prisma: PrismaClient, ids: string[]) {
  const found = await prisma.participant.count({ where: { id: { in: ids } } })
  if (found !== ids.length) {
    throw new Error(`${ids.length - found} demo participants were not written: their phone or NIK is already used by other rows. Seed an empty database.`)
  }
}

type OutcomeInput = {
  cohorts: SeededCohort[]
  participants: PlannedParticipant[]
  assignments: PlannedAssignment[]
  demoTrainer: PlannedTrainer
  demoParticipantId: string
  pelatihUserId: string
  programId: string
  rule: Rule
  enrolmentId: (p: PlannedParticipant) => string
}

/** Enrolments with their status, attendance marks and pre/post-test scores. */
export async function seedOutcomes(prisma: PrismaClient, input: OutcomeInput) {
  const random = createRandom(seedFrom('outcomes'))
  const cohortsById = new Map(input.cohorts.map((c) => [c.id, c]))
  // Rosters of the classes the demo trainer leads carry their user as the one who marked them.
  const ledByDemoTrainer = new Set(
    input.assignments.filter((a) => a.trainerId === input.demoTrainer.id && a.role === AssignmentRole.LEAD).map((a) => a.cohortId),
  )
  const enrolments: EnrolmentRow[] = []
  const marks: PlannedMark[] = []
  const assessments: PlannedAssessment[] = []
  const standings: EnrolmentStanding[] = []
  for (const participant of input.participants) {
    const id = input.enrolmentId(participant)
    const outcome = planEnrolmentOutcome(random, id, cohortsById.get(participant.cohortId)!.sessions, input.rule, {
      exemplary: participant.id === input.demoParticipantId,
      markedById: ledByDemoTrainer.has(participant.cohortId) ? input.pelatihUserId : null,
    })
    enrolments.push({ id, participantId: participant.id, cohortId: participant.cohortId, programId: input.programId, status: outcome.status })
    marks.push(...outcome.marks)
    assessments.push(...outcome.assessments)
    standings.push(standingOf(id, participant, cohortsById.get(participant.cohortId)!.sessions, outcome))
  }
  await insertUnnest(prisma, 'enrolment', ENROLMENT_COLUMNS, enrolments, UPDATED_NOW)
  await insertUnnest(prisma, 'attendance_mark', MARK_COLUMNS, marks)
  await insertUnnest(prisma, 'assessment', ASSESSMENT_COLUMNS, assessments)
  return { enrolments: enrolments.length, marks: marks.length, assessments: assessments.length, standings }
}

/** What the certificate rule needs of one enrolment, from the marks and scores just planned. */
function standingOf(enrolmentId: string, participant: PlannedParticipant, sessions: SeededCohort['sessions'], outcome: ReturnType<typeof planEnrolmentOutcome>): EnrolmentStanding {
  const jpOf = new Map(sessions.map((s) => [s.id, s.jp]))
  const attendedJp = outcome.marks.filter((m) => m.status === 'HADIR' || m.status === 'TERLAMBAT').reduce((sum, m) => sum + (jpOf.get(m.sessionId) ?? 0), 0)
  const post = outcome.assessments.find((a) => a.kind === 'POST_TEST')
  return {
    enrolmentId, participantId: participant.id, cohortId: participant.cohortId, status: outcome.status,
    attendedJp, totalJp: sessions.reduce((sum, s) => sum + s.jp, 0), postTestScore: post ? Number(post.score) : null,
  }
}
