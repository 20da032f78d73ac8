// A small world for test scores. Program rule: 80 % of the JP and a post-test of 60.
// Cohort A (Jawa Barat, 4 JP, trainer A): Ahmad and Budi (all JP attended, no score yet), Wulan (withdrawn).
// Cohort B (Kalimantan Timur, trainer B): Hadi.
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createWave, createWorldActors, enrol, markAttendance } from '../../support/factories'

export async function buildScoreWorld() {
  const db = testDb()
  const program = await createProgram()
  await db.program.update({ where: { id: program.id }, data: { minAttendancePercent: 80, postTestRequired: true, postTestPassMark: 60 } })
  const wave = await createWave(program.id)
  const cohortA = await createCohort(wave.id, '32')
  const cohortB = await createCohort(wave.id, '64')
  const [trainerA, trainerB] = [await createTrainer('32'), await createTrainer('64')]
  await assignTrainer(trainerA.id, cohortA.id, 'LEAD')
  await assignTrainer(trainerB.id, cohortB.id, 'LEAD')
  const session = await createSession(cohortA.id, new Date('2024-05-20T01:00:00Z'), 4)

  const person = async (name: string, cohortId: string, provinceCode: string) => {
    const p = await createParticipant(provinceCode)
    await db.participant.update({ where: { id: p.id }, data: { name, institutionName: `Perpustakaan ${name}` } })
    const e = await enrol(p.id, cohortId, program.id)
    if (cohortId === cohortA.id) await markAttendance(e.id, session.id)
    return { participantId: p.id, enrolmentId: e.id }
  }
  const people = {
    ahmad: await person('Ahmad Fauzi', cohortA.id, '32'),
    budi: await person('Budi Santoso', cohortA.id, '32'),
    wulan: await person('Wulan Sari', cohortA.id, '32'),
    hadi: await person('Hadi Gunawan', cohortB.id, '64'),
  }
  await db.enrolment.update({ where: { id: people.wulan.enrolmentId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Uji' } })

  const actors = await createWorldActors(trainerA.id, trainerB.id, people.ahmad.participantId)
  return { programId: program.id, cohortA: cohortA.id, cohortB: cohortB.id, people, actors }
}

export type ScoreWorld = Awaited<ReturnType<typeof buildScoreWorld>>

/** The stored scores of some enrolments, as "kind:enrolmentId" → score text. */
export async function storedScores(enrolmentIds: string[]) {
  const rows = await testDb().assessment.findMany({
    where: { enrolmentId: { in: enrolmentIds } },
    select: { enrolmentId: true, kind: true, score: true, takenAt: true, recordedById: true },
  })
  return new Map(rows.map((r) => [`${r.kind}:${r.enrolmentId}`, { score: r.score.toFixed(2), takenAt: r.takenAt, recordedById: r.recordedById }]))
}
