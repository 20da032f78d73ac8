// One world for the authorization matrix, in two sides. Side "own" is Jawa Barat: the operator's
// province, the cohort the trainer is assigned to, the participant themself. Side "other" is
// Kalimantan Timur: another province, another trainer's cohort, another participant.
import type { Actor } from '@/lib/auth/actor'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { createProgramWithModules } from '../../support/scheduling-factories'
import type { Subject } from '../../authz/matrix'

export const SIDES = ['own', 'other'] as const
export type Side = (typeof SIDES)[number]

export type SideData = {
  provinceCode: string
  /** The cohort its trainer is assigned to and its participant is enrolled in. */
  cohortId: string
  /** A second cohort of the province in the same wave, to move enrolments to. */
  secondCohortId: string
  trainerId: string
  participantId: string
}

export type World = {
  programId: string
  waveId: string
  admin: Actor
  /** The actor of each subject (null: signed out); the operator, trainer and participant are side "own"'s. */
  actors: Record<Subject, Actor | null>
  /** The operator of side "other", who may set up that side's import previews. */
  otherOperator: Actor
  sides: Record<Side, SideData>
}

async function buildSide(programId: string, waveId: string, provinceCode: string): Promise<SideData> {
  const cohort = await createCohort(waveId, provinceCode)
  const second = await createCohort(waveId, provinceCode)
  const trainer = await createTrainer(provinceCode)
  await assignTrainer(trainer.id, cohort.id, 'LEAD')
  const participant = await createParticipant(provinceCode)
  await enrol(participant.id, cohort.id, programId)
  return { provinceCode, cohortId: cohort.id, secondCohortId: second.id, trainerId: trainer.id, participantId: participant.id }
}

export async function buildWorld(): Promise<World> {
  const program = await createProgramWithModules()
  const wave = await createWave(program.id)
  const own = await buildSide(program.id, wave.id, '32')
  const other = await buildSide(program.id, wave.id, '64')
  const admin = (await createUser('ADMIN_PUSAT')).actor
  const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: own.provinceCode })).actor
  const otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: other.provinceCode })).actor
  const trainer = (await createUser('PELATIH_AHLI', { trainerId: own.trainerId })).actor
  const participant = (await createUser('PESERTA', { participantId: own.participantId })).actor
  return {
    programId: program.id, waveId: wave.id, admin, otherOperator, sides: { own, other },
    actors: { admin, operator, trainer, participant, signedOut: null },
  }
}

/** Rows a refused call must leave as they were (every write is audited, so the audit log counts too). */
export async function rowCounts() {
  const db = testDb()
  const counts = await Promise.all([
    db.auditLog.count(), db.program.count(), db.module.count(), db.wave.count(), db.cohort.count(), db.session.count(),
    db.trainer.count(), db.trainerAssignment.count(), db.trainerUnavailability.count(), db.participant.count(),
    db.enrolment.count(), db.user.count(), db.importBatch.count(), db.setting.count(),
    db.attendanceMark.count(), db.attendanceMutation.count(), db.attendanceReport.count(), db.attendanceNameLink.count(),
    db.certificate.count({ where: { revokedAt: null } }), db.assessment.count(),
  ])
  const names = ['audit', 'program', 'module', 'wave', 'cohort', 'session', 'trainer', 'assignment', 'unavailability', 'participant', 'enrolment', 'user', 'importBatch', 'setting', 'attendanceMark', 'attendanceMutation', 'attendanceReport', 'attendanceNameLink', 'validCertificate', 'assessment']
  return Object.fromEntries(names.map((n, i) => [n, counts[i]]))
}
