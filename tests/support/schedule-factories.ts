// Factories for the schedule views: programs of a given year, and a cohort with its people in one call.
import { randomUUID } from 'node:crypto'
import { testDb } from './database'
import { createCohort, createParticipant, enrol } from './factories'

export async function createProgramOfYear(year: number, name = `Bimtek Uji ${year} ${randomUUID().slice(0, 8)}`) {
  return testDb().program.create({ data: { name, kind: 'SPP_TIK', year }, select: { id: true, name: true, year: true } })
}

export async function createWaveNumbered(programId: string, number: number, start = '2024-05-19', end = '2024-05-23') {
  return testDb().wave.create({
    data: { programId, number, startDate: new Date(start), endDate: new Date(end), mode: 'LURING' },
    select: { id: true, number: true },
  })
}

/** A cohort with `participants` enrolments, of which `withdrawn` have withdrawn. */
export async function createCohortWithParticipants(programId: string, waveId: string, provinceCode: string, participants: number, withdrawn = 0) {
  const cohort = await createCohort(waveId, provinceCode)
  for (let i = 0; i < participants; i++) {
    const person = await createParticipant(provinceCode)
    const enrolment = await enrol(person.id, cohort.id, programId)
    if (i < withdrawn) await testDb().enrolment.update({ where: { id: enrolment.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } })
  }
  return cohort
}
