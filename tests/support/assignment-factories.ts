// Factories for the trainer assignment tests: named trainers, unavailable dates, the scheduling
// rules through the real settings form, and the rows an assignment use case may write.
import type { Actor } from '@/lib/auth/actor'
import { DEFAULT_SCHEDULING_SETTINGS, updateSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { testDb } from './database'
import { createCohort, createProgram, createTrainer, createWave } from './factories'

/** A trainer with the name conflict messages will quote; `active: false` for a deactivated one. */
export async function createNamedTrainer(homeProvinceCode = '31', { active = true }: { active?: boolean } = {}) {
  const { id } = await createTrainer(homeProvinceCode)
  const trainer = await testDb().trainer.update({ where: { id }, data: { active }, select: { id: true, name: true, homeProvinceCode: true } })
  return trainer
}

export async function markUnavailable(trainerId: string, startDate: string, endDate: string, reason: string | null = null) {
  return testDb().trainerUnavailability.create({
    data: { trainerId, startDate: new Date(startDate), endDate: new Date(endDate), reason },
    select: { id: true },
  })
}

/** Saves the scheduling rules through the settings form (the default day plan, the given trainer rules). */
export async function setSchedulingRules(admin: Actor, rules: { trainersPerCohort?: number; travelGapDays?: number } = {}) {
  const { trainersPerCohort, travelGapDays } = { ...DEFAULT_SCHEDULING_SETTINGS, ...rules }
  const plan = DEFAULT_SCHEDULING_SETTINGS.dayPlan
  const hours = String(Math.floor(plan.startMinutes / 60)).padStart(2, '0')
  const minutes = String(plan.startMinutes % 60).padStart(2, '0')
  return updateSchedulingSettings(admin, {
    startTime: `${hours}.${minutes}`,
    slotsPerDay: String(plan.slotsPerDay),
    firstDaySlot: String((plan.firstDayStartSlot ?? 0) + 1),
    trainersPerCohort: String(trainersPerCohort),
    travelGapDays: String(travelGapDays),
    ...Object.fromEntries(plan.breaks.flatMap((b, i) => [[`breakAfter${i}`, String(b.afterSlot)], [`breakMinutes${i}`, String(b.minutes)]])),
  })
}

/** Rows the assignment use cases write (or must not), to assert that a refused call wrote nothing. */
export async function assignmentRowCounts() {
  const db = testDb()
  const [assignments, audit, unavailability] = await Promise.all([db.trainerAssignment.count(), db.auditLog.count(), db.trainerUnavailability.count()])
  return { assignments, audit, unavailability }
}

/** The assignments of these cohorts as comparable triples, sorted. */
export async function assignmentsOf(cohortIds: string[]) {
  const rows = await testDb().trainerAssignment.findMany({ where: { cohortId: { in: cohortIds } }, select: { cohortId: true, trainerId: true, role: true } })
  return rows.map((r) => ({ cohortId: r.cohortId, trainerId: r.trainerId, role: r.role })).sort(compareAssignments)
}

export const compareAssignments = (a: { cohortId: string; trainerId: string }, b: { cohortId: string; trainerId: string }) =>
  a.cohortId.localeCompare(b.cohortId) || a.trainerId.localeCompare(b.trainerId)

/** `count` active trainers from one home province. */
export async function createTrainersFrom(homeProvinceCode: string, count: number) {
  const trainers = []
  for (let i = 0; i < count; i++) trainers.push(await createNamedTrainer(homeProvinceCode))
  return trainers
}

/**
 * The proposal works from every active trainer in the country: a test that wants to know exactly
 * who can be proposed starts by retiring everyone created before it.
 */
export async function deactivateAllTrainers() {
  await testDb().trainer.updateMany({ where: { active: true }, data: { active: false } })
}

/** A new program with one wave and these cohorts (in this order). */
export async function createWaveOfCohorts(cohorts: { provinceCode: string; start: string; end: string }[]) {
  const wave = await createWave((await createProgram()).id)
  const created = []
  for (const c of cohorts) created.push(await createCohort(wave.id, c.provinceCode, { start: c.start, end: c.end }))
  return { waveId: wave.id, cohorts: created }
}
