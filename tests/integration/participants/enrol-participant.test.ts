// A participant of an earlier round enrols into a cohort of another program from their page.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { enrolParticipant } from '@/lib/server/participants/enrol-participant'
import { testDb } from '../../support/database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

let operatorJabar: Actor, operatorKaltim: Actor, pelatih: Actor
let participantId: string, newCohortId: string, kaltimCohortId: string

beforeAll(async () => {
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  pelatih = (await createUser('PELATIH_AHLI', { trainerId: (await createTrainer('32')).id })).actor
  const oldProgram = await createProgram()
  const participant = await createParticipant('32')
  participantId = participant.id
  await enrol(participantId, (await createCohort((await createWave(oldProgram.id)).id, '32')).id, oldProgram.id)
  const newProgram = await createProgram()
  const newWave = await createWave(newProgram.id)
  newCohortId = (await createCohort(newWave.id, '32')).id
  kaltimCohortId = (await createCohort(newWave.id, '64')).id
})

describe('enrolParticipant', () => {
  it('enrols an existing participant into another program\'s cohort, once, audited', async () => {
    const enrolment = await enrolParticipant(operatorJabar, { participantId, cohortId: newCohortId })
    expect(enrolment).toMatchObject({ cohortId: newCohortId, status: 'REGISTERED' })
    expect(await testDb().enrolment.count({ where: { participantId } })).toBe(2)
    expect(await testDb().auditLog.count({ where: { entity: 'Enrolment', entityId: enrolment.id, action: 'create' } })).toBe(1)
    const again = await expectAppError(enrolParticipant(operatorJabar, { participantId, cohortId: newCohortId }), 'VALIDATION')
    expect(again.fieldErrors?.cohortId?.[0]).toMatch(/sudah terdaftar di/)
  })

  it('refuses a full cohort, another province and other roles, writing nothing', async () => {
    const other = await createParticipant('32')
    await testDb().cohort.update({ where: { id: newCohortId }, data: { quota: 1 } })
    await expectAppError(enrolParticipant(operatorJabar, { participantId: other.id, cohortId: newCohortId }), 'CONFLICT', 'sudah penuh')
    await expectAppError(enrolParticipant(operatorJabar, { participantId: other.id, cohortId: kaltimCohortId }), 'VALIDATION')
    await expectAppError(enrolParticipant(operatorKaltim, { participantId: other.id, cohortId: kaltimCohortId }), 'NOT_FOUND')
    await expectAppError(enrolParticipant(pelatih, { participantId: other.id, cohortId: newCohortId }), 'FORBIDDEN')
    expect(await testDb().enrolment.count({ where: { participantId: other.id } })).toBe(0)
  })

  it('refuses a completed cohort: it takes no registrations', async () => {
    const other = await createParticipant('32')
    const program = await createProgram()
    const finished = await createCohort((await createWave(program.id)).id, '32')
    await testDb().cohort.update({ where: { id: finished.id }, data: { status: 'COMPLETED' } })
    const error = await expectAppError(enrolParticipant(operatorJabar, { participantId: other.id, cohortId: finished.id }), 'VALIDATION')
    expect(error.fieldErrors?.cohortId).toEqual([expect.stringMatching(/sudah selesai; pendaftaran ditutup\.$/)])
    expect(await testDb().enrolment.count({ where: { participantId: other.id } })).toBe(0)
  })
})
