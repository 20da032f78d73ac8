// The program, its curriculum, waves, quotas, cohorts and their agendas: the calendar of the demo.
import type { PrismaClient } from '../../generated/prisma/client'
import { CohortStatus, DeliveryMode, SessionKind } from '../../generated/prisma/enums'
import { getProvinceTimeZone } from '../../lib/regions/time-zones'
import { planCohortAgenda } from './agenda'
import { createManyInChunks, sqlDate } from './bulk'
import {
  addDays, cohortDates, DEMO_AGENDA, DEMO_COHORT_QUOTA, DEMO_COHORTS, DEMO_MODULES, DEMO_PROGRAM, DEMO_WAVES, type CohortPlan,
} from './demo-plan'
import { personName, uniquePhone } from './names'
import { createRandom, demoId, seedFrom } from './random'

export type SeededCohort = CohortPlan & { id: string; startDate: string; endDate: string; sessions: SeededSession[] }
export type SeededSession = { id: string; kind: SessionKind; jp: number; startsAt: Date }

export const programId = () => demoId('program', DEMO_PROGRAM.name)
const waveId = (number: number) => demoId('wave', DEMO_PROGRAM.name, number)
const cohortId = (plan: CohortPlan) => demoId('cohort', DEMO_PROGRAM.name, plan.wave, plan.provinceCode)

/** A program of that name that this seed did not create would collide with every deterministic id below. */
async function writeProgram(prisma: PrismaClient) {
  const existing = await prisma.program.findUnique({ where: { name: DEMO_PROGRAM.name }, select: { id: true } })
  if (existing && existing.id !== programId()) {
    throw new Error(`Program "${DEMO_PROGRAM.name}" exists but was not created by the demo seed; seed an empty database.`)
  }
  await prisma.program.createMany({ data: [{ id: programId(), ...DEMO_PROGRAM }], skipDuplicates: true })
  await prisma.module.createMany({
    data: DEMO_MODULES.map((m, index) => ({ id: demoId('module', DEMO_PROGRAM.name, index), programId: programId(), title: m.title, jp: m.jp, order: index + 1 })),
    skipDuplicates: true,
  })
  await prisma.wave.createMany({
    data: DEMO_WAVES.map((w) => ({
      id: waveId(w.number), programId: programId(), number: w.number, startDate: sqlDate(w.startDate), endDate: sqlDate(w.endDate), mode: DeliveryMode.LURING,
    })),
    skipDuplicates: true,
  })
}

async function writeCohorts(prisma: PrismaClient, provinceNames: Map<string, string>) {
  const random = createRandom(seedFrom('cohort-contacts'))
  const phones = new Set<string>()
  await prisma.waveQuota.createMany({
    data: DEMO_COHORTS.map((c) => ({ waveId: waveId(c.wave), provinceCode: c.provinceCode, quota: DEMO_COHORT_QUOTA })),
    skipDuplicates: true,
  })
  await prisma.cohort.createMany({
    data: DEMO_COHORTS.map((plan) => {
      const { startDate, endDate } = cohortDates(plan)
      return {
        id: cohortId(plan),
        waveId: waveId(plan.wave),
        provinceCode: plan.provinceCode,
        name: `Kelas ${provinceNames.get(plan.provinceCode)}`,
        venue: plan.venue,
        city: plan.city,
        startDate: sqlDate(startDate),
        endDate: sqlDate(endDate),
        quota: DEMO_COHORT_QUOTA,
        status: CohortStatus.COMPLETED,
        contactName: `${personName(random, random.chance(0.5) ? 'P' : 'L')} (${plan.host})`,
        contactPhone: uniquePhone(random, phones),
      }
    }),
    skipDuplicates: true,
  })
}

/** Each cohort's agenda in its province's local time; the agenda starts after lunch on the first day (the day after arrival for 5-day cohorts). */
function planSessions(plan: CohortPlan) {
  const { startDate } = cohortDates(plan)
  const firstAgendaDay = plan.days === 5 ? addDays(startDate, 1) : startDate
  const id = cohortId(plan)
  return planCohortAgenda(DEMO_AGENDA, firstAgendaDay, getProvinceTimeZone(plan.provinceCode).timeZone).map((s, index) => ({
    id: demoId('session', id, index),
    cohortId: id,
    moduleId: s.moduleIndex === undefined ? null : demoId('module', DEMO_PROGRAM.name, s.moduleIndex),
    kind: s.kind,
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    jp: s.jp,
    // The closing is held online: Perpusnas officials close the cohorts of all provinces from Jakarta
    // over Zoom. It gives the demo an online session to bring a meeting report into (decision 025).
    mode: s.kind === SessionKind.CLOSING ? DeliveryMode.DARING : DeliveryMode.LURING,
    meetingUrl: s.kind === SessionKind.CLOSING ? `https://zoom.us/j/8${String(index).padStart(2, '0')}${id.replace(/[^0-9]/g, '').slice(0, 8).padEnd(8, '0')}` : null,
  }))
}

/** Writes the calendar (idempotent) and returns the cohorts with their sessions for the people seed. */
export async function seedCalendar(prisma: PrismaClient): Promise<SeededCohort[]> {
  const provinces = await prisma.province.findMany({ select: { code: true, name: true } })
  if (provinces.length === 0) throw new Error('Load the reference regions first (loadReferenceRegions).')
  await writeProgram(prisma)
  await writeCohorts(prisma, new Map(provinces.map((p) => [p.code, p.name])))
  const cohorts = DEMO_COHORTS.map((plan) => ({ ...plan, ...cohortDates(plan), id: cohortId(plan), sessions: planSessions(plan) }))
  await createManyInChunks(cohorts.flatMap((c) => c.sessions), (data) => prisma.session.createMany({ data, skipDuplicates: true }))
  return cohorts
}
