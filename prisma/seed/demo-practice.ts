// The practice class of the demo: a cohort dated around the day the demo is started, so that the
// roster, the check-in code and offline marking can be tried at once (issue 10). The 2024 round is
// history (every class completed); this one runs "now". Its own program, so that its participants'
// one-enrolment-per-program rule and the 2024 figures stay as they were. In Jawa Barat, with the
// demo participant enrolled beside 40 others: the demo trainer marks, the demo participant checks
// in and the province's demo operator follows the recap, all in one class.
// Re-dated on every start (scripts/start.ts): when today is no longer inside it, its sessions are
// planned anew from yesterday, and the marks made on the old dates go with them.
import type { PrismaClient } from '../../generated/prisma/client'
import { AssignmentRole, CohortStatus, DeliveryMode, EnrolmentStatus } from '../../generated/prisma/enums'
import { protectNik } from '../../lib/server/crypto/nik'
import { getProvinceTimeZone } from '../../lib/regions/time-zones'
import { utcToLocal } from '../../lib/server/sessions/local-time'
import { planCohortAgenda } from './agenda'
import { DEMO_ACCOUNTS } from './demo-accounts'
import { addDays, DEMO_AGENDA, DEMO_MODULES, DEMO_PROGRAM } from './demo-plan'
import { planParticipants } from './participants'
import { createRandom, demoId, seedFrom } from './random'

export const PRACTICE = {
  programName: 'Bimtek SPP-TIK Kelas Praktik',
  provinceCode: '32',
  city: 'Bandung',
  venue: 'Aula DISPUSIPDA Jawa Barat',
  host: 'DISPUSIPDA Jawa Barat',
  participants: 40,
} as const

const programId = () => demoId('program', PRACTICE.programName)
const waveId = () => demoId('wave', PRACTICE.programName, 1)
export const practiceCohortId = () => demoId('cohort', PRACTICE.programName, 1, PRACTICE.provinceCode)

/** Yesterday to the day after tomorrow at the venue: four agenda days with today's full day in it. */
export function practiceDates(now: Date): { startDate: string; endDate: string } {
  const today = utcToLocal(now, getProvinceTimeZone(PRACTICE.provinceCode).timeZone).date
  return { startDate: addDays(today, -1), endDate: addDays(today, 2) }
}

const sqlDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

export async function seedPracticeCohort(prisma: PrismaClient, options: { demoTrainerId: string; now?: Date; takenPhones?: Set<string> }) {
  const now = options.now ?? new Date()
  const { startDate, endDate } = practiceDates(now)
  await prisma.program.createMany({
    data: [{ id: programId(), ...DEMO_PROGRAM, name: PRACTICE.programName, year: Number(startDate.slice(0, 4)) }],
    skipDuplicates: true,
  })
  await prisma.module.createMany({
    data: DEMO_MODULES.map((m, index) => ({ id: demoId('module', PRACTICE.programName, index), programId: programId(), title: m.title, jp: m.jp, order: index + 1 })),
    skipDuplicates: true,
  })
  await prisma.wave.createMany({ data: [{ id: waveId(), programId: programId(), number: 1, startDate: sqlDate(startDate), endDate: sqlDate(endDate), mode: DeliveryMode.LURING }], skipDuplicates: true })
  await prisma.waveQuota.createMany({ data: [{ waveId: waveId(), provinceCode: PRACTICE.provinceCode, quota: 60 }], skipDuplicates: true })
  const province = await prisma.province.findUniqueOrThrow({ where: { code: PRACTICE.provinceCode }, select: { name: true } })
  await prisma.cohort.createMany({
    data: [{
      id: practiceCohortId(), waveId: waveId(), provinceCode: PRACTICE.provinceCode, name: `Kelas Praktik ${province.name}`,
      venue: PRACTICE.venue, city: PRACTICE.city, startDate: sqlDate(startDate), endDate: sqlDate(endDate), quota: 60,
      status: CohortStatus.RUNNING, contactName: `Sekretariat (${PRACTICE.host})`, contactPhone: '+62227200000',
    }],
    skipDuplicates: true,
  })
  await prisma.trainerAssignment.createMany({
    data: [{ id: demoId('assignment', practiceCohortId(), options.demoTrainerId), trainerId: options.demoTrainerId, cohortId: practiceCohortId(), role: AssignmentRole.LEAD }],
    skipDuplicates: true,
  })
  await seedPracticeParticipants(prisma, options.takenPhones)
  await enrolDemoParticipant(prisma)
  await redatePracticeCohort(prisma, now)
}

async function seedPracticeParticipants(prisma: PrismaClient, takenPhones?: Set<string>) {
  if ((await prisma.enrolment.count({ where: { cohortId: practiceCohortId() } })) >= PRACTICE.participants) return
  const phones = takenPhones ?? new Set((await prisma.participant.findMany({ select: { phone: true } })).map((p) => p.phone).filter((p): p is string => !!p))
  phones.add(DEMO_ACCOUNTS.peserta.phone)
  const villages = await prisma.village.findMany({ where: { code: { startsWith: `${PRACTICE.provinceCode}.` } }, select: { code: true, name: true }, orderBy: { code: 'asc' } })
  const planned = planParticipants(
    createRandom(seedFrom('practice-participants')),
    [{ cohortId: practiceCohortId(), provinceCode: PRACTICE.provinceCode, size: PRACTICE.participants }],
    new Map([[PRACTICE.provinceCode, villages]]),
    phones,
  )
  await prisma.participant.createMany({
    data: planned.map(({ nik, cohortId: _cohortId, ...columns }) => ({ ...columns, ...protectNik(nik) })),
    skipDuplicates: true,
  })
  const present = await prisma.participant.findMany({ where: { id: { in: planned.map((p) => p.id) } }, select: { id: true } })
  await prisma.enrolment.createMany({
    data: present.map((p) => ({ id: demoId('enrolment', p.id, programId()), participantId: p.id, cohortId: practiceCohortId(), programId: programId(), status: EnrolmentStatus.REGISTERED })),
    skipDuplicates: true,
  })
}

/** The demo participant (0812 3456 7890) joins the practice class too, so that check-in can be tried at once. */
async function enrolDemoParticipant(prisma: PrismaClient) {
  const user = await prisma.user.findUnique({ where: { phone: DEMO_ACCOUNTS.peserta.phone }, select: { participantId: true } })
  if (!user?.participantId) return
  await prisma.enrolment.createMany({
    data: [{ id: demoId('enrolment', user.participantId, programId()), participantId: user.participantId, cohortId: practiceCohortId(), programId: programId(), status: EnrolmentStatus.REGISTERED }],
    skipDuplicates: true,
  })
}

/** Plans the agenda from yesterday when the cohort's dates no longer hold today; otherwise changes nothing. */
export async function redatePracticeCohort(prisma: PrismaClient, now = new Date()): Promise<boolean> {
  const { startDate, endDate } = practiceDates(now)
  const cohort = await prisma.cohort.findUnique({ where: { id: practiceCohortId() }, select: { startDate: true, _count: { select: { sessions: true } } } })
  if (!cohort) return false
  if (cohort.startDate.toISOString().slice(0, 10) === startDate && cohort._count.sessions > 0) return false
  const timeZone = getProvinceTimeZone(PRACTICE.provinceCode).timeZone
  const sessions = planCohortAgenda(DEMO_AGENDA, startDate, timeZone).map((s, index) => ({
    id: demoId('session', practiceCohortId(), startDate, index),
    cohortId: practiceCohortId(),
    moduleId: s.moduleIndex === undefined ? null : demoId('module', PRACTICE.programName, s.moduleIndex),
    kind: s.kind, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, jp: s.jp, mode: DeliveryMode.LURING,
  }))
  await prisma.$transaction(async (tx) => {
    const old = await tx.session.findMany({ where: { cohortId: practiceCohortId() }, select: { id: true } })
    await tx.attendanceMutation.deleteMany({ where: { sessionId: { in: old.map((s) => s.id) } } })
    await tx.session.deleteMany({ where: { cohortId: practiceCohortId() } })
    await tx.wave.update({ where: { id: waveId() }, data: { startDate: sqlDate(startDate), endDate: sqlDate(endDate) } })
    await tx.cohort.update({ where: { id: practiceCohortId() }, data: { startDate: sqlDate(startDate), endDate: sqlDate(endDate), status: CohortStatus.RUNNING } })
    await tx.session.createMany({ data: sessions })
  })
  return true
}
