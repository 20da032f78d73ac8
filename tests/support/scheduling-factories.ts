// Factories for the planning and schedule tests: a program with a curriculum, programs of a given
// year, a cohort with its people, the actors who may and may not plan, and a helper to expect a
// domain error code.
import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import { isAppError, type AppError, type AppErrorCode } from '@/lib/server/errors'
import { testDb } from './database'
import { createCohort, createParticipant, createTrainer, createUser, enrol } from './factories'

/** 2 + 3 + 2 JP: with pre-test, opening, post-test and closing, 11 slots, i.e. two days on the default day plan. */
export const SMALL_CURRICULUM = [
  { title: 'Konsep TPBIS', jp: 2 },
  { title: 'Layanan Informasi', jp: 3 },
  { title: 'Pelibatan Masyarakat', jp: 2 },
] as const

export async function createProgramWithModules(modules: readonly { title: string; jp: number }[] = SMALL_CURRICULUM) {
  return testDb().program.create({
    data: {
      name: `Program Uji ${randomUUID().slice(0, 8)}`, kind: 'SPP_TIK', year: 2025,
      modules: { create: modules.map((m, i) => ({ ...m, order: i + 1 })) },
    },
    select: { id: true, name: true, modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true, order: true } } },
  })
}

/** Admin Pusat, and the roles that must be refused every planning action. */
export async function schedulingActors() {
  const admin = (await createUser('ADMIN_PUSAT')).actor
  const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  const trainer = await createTrainer('32')
  const pelatih = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
  return { admin, operator, pelatih, refused: [operator, pelatih] }
}

export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, message?: RegExp | string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isAppError(error)) throw new Error(`expected AppError ${code}, got ${String(error)}`)
  expect(error.code).toBe(code)
  if (message) expect(error.message).toMatch(message)
  return error
}

/** Rows written by anyone so far, to assert that a refused call wrote nothing. */
export async function rowCounts() {
  const db = testDb()
  const [programs, modules, waves, cohorts, sessions, quotas, audit] = await Promise.all([
    db.program.count(), db.module.count(), db.wave.count(), db.cohort.count(), db.session.count(), db.waveQuota.count(), db.auditLog.count(),
  ])
  return { programs, modules, waves, cohorts, sessions, quotas, audit }
}

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
