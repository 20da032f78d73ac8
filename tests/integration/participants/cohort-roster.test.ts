// The class roster (issue 12 point 13) and the class's two JP totals (point 16), through the scoped
// builders: Admin Pusat any class, the operator their province's, a trainer the classes they teach;
// another province's or another trainer's class is not found, a participant is refused, a malformed id is not found.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getCohortJpOrThrow } from '@/lib/server/cohorts/get-cohort-jp'
import { getCohortRosterOrThrow } from '@/lib/server/cohorts/get-cohort-roster'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

let admin: Actor, operator: Actor, otherOperator: Actor, trainer: Actor, otherTrainer: Actor, participant: Actor
let cohortId: string, kaltimCohortId: string
const names = { withdrawn: 'Aan Mengundurkan', signedIn: 'Budi Sudah Masuk', unused: 'Citra Belum Masuk', noCode: 'Dewi Tanpa Kode' }
const ids: Record<keyof typeof names, string> = { withdrawn: '', signedIn: '', unused: '', noCode: '' }

beforeAll(async () => {
  admin = (await createUser('ADMIN_PUSAT')).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  const [own, other] = [await createTrainer('32'), await createTrainer('32')]
  trainer = (await createUser('PELATIH_AHLI', { trainerId: own.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: other.id })).actor
  const program = await createProgram()
  const wave = await createWave(program.id)
  cohortId = (await createCohort(wave.id, '32')).id
  kaltimCohortId = (await createCohort(wave.id, '64')).id
  await assignTrainer(own.id, cohortId)
  await assignTrainer(other.id, kaltimCohortId)
  const db = testDb()
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    const p = await createParticipant('32')
    await db.participant.update({ where: { id: p.id }, data: { name: names[key], phone: `+62813${String(Date.now() % 1e7).padStart(7, '0')}${key.length}` } })
    ids[key] = p.id
    const { id: enrolmentId } = await enrol(p.id, cohortId, program.id)
    if (key === 'withdrawn') await db.enrolment.update({ where: { id: enrolmentId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Uji' } })
    if (key === 'signedIn' || key === 'unused') {
      const { actor } = await createUser('PESERTA', { participantId: p.id })
      if (key === 'unused') participant = actor
      await db.user.update({ where: { participantId: p.id }, data: { accessCodeHash: '$argon2id$v=19$uji', lastSignInAt: key === 'signedIn' ? new Date('2024-05-20T02:00:00Z') : null } })
    }
  }
  // The class's agenda: a 1-JP pre-test outside the modules, the 2-JP module as in the curriculum, a module cut to 1 of 3 JP.
  const [m1, m2] = [
    await db.module.create({ data: { programId: program.id, title: 'Konsep TPBIS', jp: 2, order: 1 }, select: { id: true } }),
    await db.module.create({ data: { programId: program.id, title: 'Advokasi', jp: 3, order: 2 }, select: { id: true } }),
  ]
  await db.program.update({ where: { id: program.id }, data: { minAttendancePercent: 80 } })
  const at = (h: number) => new Date(Date.UTC(2024, 4, 20, h))
  await db.session.createMany({
    data: [
      { cohortId, kind: 'PRE_TEST', title: 'Pre-test', jp: 1, startsAt: at(1), endsAt: at(2), mode: 'LURING' },
      { cohortId, kind: 'MODULE', moduleId: m1.id, title: 'Konsep TPBIS', jp: 2, startsAt: at(2), endsAt: at(4), mode: 'LURING' },
      { cohortId, kind: 'MODULE', moduleId: m2.id, title: 'Advokasi', jp: 1, startsAt: at(4), endsAt: at(5), mode: 'LURING' },
    ],
  })
})

describe('getCohortRosterOrThrow', () => {
  it('lists every participant with status, institution, village and sign-in state; withdrawn last; no hash leaves it', async () => {
    const roster = await getCohortRosterOrThrow(operator, cohortId)
    expect(roster.rows.map((r) => [r.name, r.status, r.access])).toEqual([
      [names.signedIn, 'REGISTERED', 'SIGNED_IN'],
      [names.unused, 'REGISTERED', 'NEVER_SIGNED_IN'],
      [names.noCode, 'REGISTERED', 'NO_CODE'],
      [names.withdrawn, 'WITHDRAWN', 'NO_CODE'],
    ])
    expect(roster.rows[0]).toMatchObject({ participantId: ids.signedIn, institutionType: 'PERPUSTAKAAN_DESA', institutionName: 'Perpustakaan Desa Uji', lastSignInAt: new Date('2024-05-20T02:00:00Z') })
    expect(roster.rows[0].villageName).toEqual(expect.any(String))
    expect(roster.rows[0].districtName).toEqual(expect.any(String))
    expect(roster.rows[0].regencyName).toEqual(expect.any(String))
    expect(roster.counts).toEqual({ active: 3, withdrawn: 1, withoutCode: 1, neverSignedIn: 2 })
    expect(JSON.stringify(roster)).not.toContain('argon2')
  })

  it('Admin Pusat reads any class, the trainer the class they teach', async () => {
    expect((await getCohortRosterOrThrow(admin, cohortId)).rows).toHaveLength(4)
    expect((await getCohortRosterOrThrow(trainer, cohortId)).rows).toHaveLength(4)
    expect((await getCohortRosterOrThrow(admin, kaltimCohortId)).rows).toEqual([])
  })

  it('another province\'s operator and another trainer find nothing (404); a participant is refused, even for their own class', async () => {
    await expectAppError(getCohortRosterOrThrow(otherOperator, cohortId), 'NOT_FOUND')
    await expectAppError(getCohortRosterOrThrow(operator, kaltimCohortId), 'NOT_FOUND')
    await expectAppError(getCohortRosterOrThrow(otherTrainer, cohortId), 'NOT_FOUND')
    await expectAppError(getCohortRosterOrThrow(trainer, kaltimCohortId), 'NOT_FOUND')
    await expectAppError(getCohortRosterOrThrow(participant, cohortId), 'FORBIDDEN')
    for (const bad of ['bukan-id', '', '../kelas', '00000000-0000-0000-0000-000000000000']) await expectAppError(getCohortRosterOrThrow(admin, bad), 'NOT_FOUND')
  })
})

describe('getCohortJpOrThrow', () => {
  it('puts the agenda beside the curriculum and gives the rule\'s minimum on the agenda total', async () => {
    const jp = await getCohortJpOrThrow(trainer, cohortId)
    expect(jp).toMatchObject({
      agendaJp: 4, curriculumJp: 5, difference: -1, minAttendancePercent: 80, minimumAttendedJp: 4,
      outsideModules: [{ title: 'Pre-test', jp: 1 }], changedModules: [{ title: 'Advokasi', curriculumJp: 3, agendaJp: 1 }],
    })
    await expectAppError(getCohortJpOrThrow(otherOperator, cohortId), 'NOT_FOUND')
    await expectAppError(getCohortJpOrThrow(otherTrainer, cohortId), 'NOT_FOUND')
    await expectAppError(getCohortJpOrThrow(admin, 'bukan-id'), 'NOT_FOUND')
  })
})
