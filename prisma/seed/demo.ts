// The demo data: the 2024 luring round of Bimtek SPP-TIK (4 waves, 34 provinces, 189 trainers,
// 2,000 participants) and the demo sign-ins. Idempotent: every row has a deterministic id and is
// written with createMany({ skipDuplicates }), so a second run adds nothing and changes nothing.
// Deterministic: all randomness comes from seeded PRNG streams (prisma/seed/random.ts).
// Needs the reference regions (loadReferenceRegions) and the NIK keys (getSecrets).
import type { PrismaClient } from '../../generated/prisma/client'
import { seedCalendar, programId } from './demo-calendar'
import { DEMO_PROGRAM } from './demo-plan'
import { seedOutcomes, seedParticipants, seedTrainers } from './demo-people'
import { seedDemoUsers } from './demo-users'
import { seedCertificates } from './demo-certificates'
import { seedPracticeCohort } from './demo-practice'

export type SeedDemoOptions = { log?: (message: string) => void }
export type SeedDemoSummary = { cohorts: number; sessions: number; trainers: number; assignments: number; participants: number; enrolments: number; marks: number; assessments: number; certificates: number }

/** Checks the whole database, demo rows or not: no trainer is in two cohorts whose dates overlap. */
export async function findDoubleBookings(prisma: PrismaClient) {
  return prisma.$queryRaw<{ trainerId: string; first: string; second: string }[]>`
    SELECT a."trainerId", a."cohortId"::text AS first, b."cohortId"::text AS second
    FROM trainer_assignment a
    JOIN trainer_assignment b ON b."trainerId" = a."trainerId" AND a."cohortId" < b."cohortId"
    JOIN cohort ca ON ca.id = a."cohortId"
    JOIN cohort cb ON cb.id = b."cohortId"
    WHERE ca."startDate" <= cb."endDate" AND cb."startDate" <= ca."endDate"`
}

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoSummary> {
  let last = performance.now()
  const step = (message: string) => {
    const now = performance.now()
    options.log?.(`${message} (${Math.round(now - last)} ms)`)
    last = now
  }
  const cohorts = await seedCalendar(prisma)
  step(`program, waves, ${cohorts.length} cohorts and their sessions`)
  const takenPhones = new Set<string>()
  const { trainers, assignments, demoTrainer } = await seedTrainers(prisma, cohorts, takenPhones)
  const doubleBookings = await findDoubleBookings(prisma)
  if (doubleBookings.length) throw new Error(`Trainers double-booked: ${JSON.stringify(doubleBookings.slice(0, 5))}`)
  step(`${trainers.length} trainers, ${assignments.length} assignments`)
  const { participants, demoParticipant, enrolmentId } = await seedParticipants(prisma, cohorts, programId(), takenPhones)
  step(`${participants.length} participants`)
  const { pelatihUserId } = await seedDemoUsers(prisma, { trainerId: demoTrainer.id, participantId: demoParticipant.id })
  step('demo accounts')
  const { standings, ...outcomes } = await seedOutcomes(prisma, {
    cohorts,
    participants,
    assignments,
    demoTrainer,
    demoParticipantId: demoParticipant.id,
    pelatihUserId,
    programId: programId(),
    rule: DEMO_PROGRAM,
    enrolmentId,
  })
  step(`${outcomes.enrolments} enrolments, ${outcomes.marks} attendance marks, ${outcomes.assessments} assessments`)
  const { certificates } = await seedCertificates(prisma, { cohorts, participants, standings, rule: DEMO_PROGRAM, demoParticipantId: demoParticipant.id, programId: programId() })
  step(`${certificates} certificates, one revoked and reissued`)
  await seedPracticeCohort(prisma, { demoTrainerId: demoTrainer.id, takenPhones })
  step('the practice class dated around today')
  return {
    cohorts: cohorts.length,
    sessions: cohorts.reduce((sum, c) => sum + c.sessions.length, 0),
    trainers: trainers.length,
    assignments: assignments.length,
    participants: participants.length,
    ...outcomes,
    certificates,
  }
}
