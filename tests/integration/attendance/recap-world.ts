// A small attendance world for the recap tests. Program minimum 80 %.
// Cohort A (Jawa Barat, trainer A): four past sessions of 2, 3, 4 and 1 JP (10 JP), participants
//   full (all Hadir: 10 JP, 100 %), half (H, T, A, I: 5 JP, 50 %, below), most (H, H, H, none: 9 JP,
//   90 %) and a withdrawn one with a Hadir (left out everywhere).
// Cohort B (Kalimantan Timur, trainer B): one past session (Hadir) and one far in the future.
import type { AttendanceStatus } from '@/generated/prisma/enums'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createWave, createWorldActors, enrol } from '../../support/factories'

export async function buildRecapWorld() {
  const db = testDb()
  const program = await createProgram()
  await db.program.update({ where: { id: program.id }, data: { minAttendancePercent: 80 } })
  const wave = await createWave(program.id)
  const cohortA = await createCohort(wave.id, '32')
  const cohortB = await createCohort(wave.id, '64')
  const trainerA = await createTrainer('32')
  const trainerB = await createTrainer('64')
  await assignTrainer(trainerA.id, cohortA.id, 'LEAD')
  await assignTrainer(trainerB.id, cohortB.id, 'LEAD')
  const jps = [2, 3, 4, 1]
  const sessionsA: string[] = []
  for (const [i, jp] of jps.entries()) sessionsA.push((await createSession(cohortA.id, new Date(Date.UTC(2024, 4, 20 + i, 1)), jp)).id)
  const pastB = (await createSession(cohortB.id, new Date('2024-05-20T01:00:00Z'), 2)).id
  const futureB = (await createSession(cohortB.id, new Date('2099-05-20T01:00:00Z'), 2)).id

  const enrolIn = async (cohortId: string, provinceCode: string) => {
    const participant = await createParticipant(provinceCode)
    const enrolment = await enrol(participant.id, cohortId, program.id)
    return { participantId: participant.id, enrolmentId: enrolment.id }
  }
  const mark = (enrolmentId: string, sessionId: string, status: AttendanceStatus) =>
    db.attendanceMark.create({ data: { enrolmentId, sessionId, status, method: 'TRAINER' }, select: { id: true } })

  const full = await enrolIn(cohortA.id, '32')
  const half = await enrolIn(cohortA.id, '32')
  const most = await enrolIn(cohortA.id, '32')
  const withdrawn = await enrolIn(cohortA.id, '32')
  const kaltim = await enrolIn(cohortB.id, '64')
  for (const s of sessionsA) await mark(full.enrolmentId, s, 'HADIR')
  for (const [i, status] of (['HADIR', 'TERLAMBAT', 'ALPA', 'IZIN'] as const).entries()) await mark(half.enrolmentId, sessionsA[i], status)
  for (const s of sessionsA.slice(0, 3)) await mark(most.enrolmentId, s, 'HADIR')
  await mark(withdrawn.enrolmentId, sessionsA[0], 'HADIR')
  await db.enrolment.update({ where: { id: withdrawn.enrolmentId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Uji' } })
  await mark(kaltim.enrolmentId, pastB, 'HADIR')

  const actors = await createWorldActors(trainerA.id, trainerB.id, full.participantId)
  return { programId: program.id, waveId: wave.id, cohortA: cohortA.id, cohortB: cohortB.id, sessionsA, pastB, futureB, full, half, most, withdrawn, kaltim, actors }
}

export type RecapWorld = Awaited<ReturnType<typeof buildRecapWorld>>
