// A small world for issuing certificates. Program rule: 80 % of the JP and a post-test of 60.
// Cohort A (Jawa Barat, 10 JP): Ahmad (10 JP, 90), Citra (10 JP, 80), Bayu (5 JP, 90: attendance),
//   Dodi (10 JP, no post-test), Wulan (withdrawn, 10 JP, 90).
// Cohort A2 (Jawa Barat, 4 JP): Eka, Fitri, Gita, all eligible.
// Cohort B (Kalimantan Timur, 4 JP): Hadi (eligible), Indra (post-test 55).
import type { Actor } from '@/lib/auth/actor'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol } from '../../support/factories'


let worlds = 0

export async function buildCertificateWorld() {
  const db = testDb()
  const program = await createProgram()
  // Numbers are unique across programs: each world's program has a pattern of its own.
  const code = `UJI${++worlds}`
  await db.program.update({ where: { id: program.id }, data: { minAttendancePercent: 80, postTestRequired: true, postTestPassMark: 60 } })
  await db.certificateDesign.create({ data: { programId: program.id, numberPattern: `{seq}/SERT/${code}/{province}/{month}/{year}`, signatoryName: 'Dr. Penanda Tangan', signatoryTitle: 'Kepala Uji', issuePlace: 'Jakarta' } })
  const wave = await createWave(program.id)
  const cohortA = await createCohort(wave.id, '32')
  const cohortA2 = await createCohort(wave.id, '32')
  const cohortB = await createCohort(wave.id, '64')
  const trainer = await createTrainer('32')
  await assignTrainer(trainer.id, cohortA.id, 'LEAD')
  const sessionsA = [await createSession(cohortA.id, new Date('2024-05-20T01:00:00Z'), 2), await createSession(cohortA.id, new Date('2024-05-21T01:00:00Z'), 3), await createSession(cohortA.id, new Date('2024-05-22T01:00:00Z'), 5)]
  const sessionA2 = await createSession(cohortA2.id, new Date('2024-05-20T01:00:00Z'), 4)
  const sessionB = await createSession(cohortB.id, new Date('2024-05-20T01:00:00Z'), 4)

  type Person = { participantId: string; enrolmentId: string }
  const person = async (name: string, cohortId: string, provinceCode: string, sessions: { id: string }[], postTest: number | null): Promise<Person> => {
    const p = await createParticipant(provinceCode)
    await db.participant.update({ where: { id: p.id }, data: { name, institutionName: `Perpustakaan ${name}` } })
    const e = await enrol(p.id, cohortId, program.id)
    for (const s of sessions) await db.attendanceMark.create({ data: { enrolmentId: e.id, sessionId: s.id, status: 'HADIR', method: 'TRAINER' } })
    if (postTest !== null) await db.assessment.create({ data: { enrolmentId: e.id, kind: 'POST_TEST', score: postTest, takenAt: new Date('2024-05-23T06:00:00Z') } })
    return { participantId: p.id, enrolmentId: e.id }
  }
  const people = {
    citra: await person('Citra Lestari', cohortA.id, '32', sessionsA, 80),
    ahmad: await person('Ahmad Fauzi', cohortA.id, '32', sessionsA, 90),
    bayu: await person('Bayu Saputra', cohortA.id, '32', sessionsA.slice(2), 90),
    dodi: await person('Dodi Hermawan', cohortA.id, '32', sessionsA, null),
    wulan: await person('Wulan Sari', cohortA.id, '32', sessionsA, 90),
    gita: await person('Gita Permata', cohortA2.id, '32', [sessionA2], 70),
    eka: await person('Eka Putri', cohortA2.id, '32', [sessionA2], 70),
    fitri: await person('Fitri Handayani', cohortA2.id, '32', [sessionA2], 70),
    hadi: await person('Hadi Gunawan', cohortB.id, '64', [sessionB], 75),
    indra: await person('Indra Wijaya', cohortB.id, '64', [sessionB], 55),
  }
  await db.enrolment.update({ where: { id: people.wulan.enrolmentId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Uji' } })

  const actors: Record<'admin' | 'operatorJabar' | 'operatorKaltim' | 'trainer' | 'participant', Actor> = {
    admin: (await createUser('ADMIN_PUSAT')).actor,
    operatorJabar: (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor,
    operatorKaltim: (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor,
    trainer: (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor,
    participant: (await createUser('PESERTA', { participantId: people.ahmad.participantId })).actor,
  }
  return { code, programId: program.id, waveId: wave.id, cohortA: cohortA.id, cohortA2: cohortA2.id, cohortB: cohortB.id, people, actors }
}

export type CertificateWorld = Awaited<ReturnType<typeof buildCertificateWorld>>

/** {seq} of a number of the world's pattern. */
export const seqOf = (number: string) => Number(number.split('/')[0])
