// The demo's practice class: whenever the demo is started, the demo trainer has sessions open for
// marking (issue 10); re-dating moves it to the new days and is a no-op while today is inside it.
import { describe, expect, it } from 'vitest'
import { DEFAULT_ATTENDANCE_SETTINGS, markingWindow } from '@/lib/attendance/rules'
import { practiceCohortId, redatePracticeCohort, seedPracticeCohort } from '@/prisma/seed/demo-practice'
import { testDb } from '../../support/database'
import { DEMO_ACCOUNTS } from '@/prisma/seed/demo-accounts'
import { createParticipant, createTrainer, createUser } from '../../support/factories'

const DAY = 24 * 60 * 60_000
const openSessions = async (at: Date) => {
  const sessions = await testDb().session.findMany({ where: { cohortId: practiceCohortId() }, select: { startsAt: true, endsAt: true } })
  return sessions.filter((s) => markingWindow(s, DEFAULT_ATTENDANCE_SETTINGS, at) === 'OPEN').length
}

describe('the demo practice class', () => {
  it('has 40 enrolled participants and the demo participant, the demo trainer as lead and sessions open for marking at any hour', async () => {
    const trainer = await createTrainer('32')
    const demoParticipant = await createParticipant('32')
    await createUser('PESERTA', { participantId: demoParticipant.id, phone: DEMO_ACCOUNTS.peserta.phone })
    const now = new Date('2026-12-05T20:30:00Z') // 03.30 WIB: before today's first session
    await seedPracticeCohort(testDb(), { demoTrainerId: trainer.id, now })
    expect(await testDb().enrolment.count({ where: { cohortId: practiceCohortId(), status: 'REGISTERED' } })).toBe(41)
    expect(await testDb().enrolment.count({ where: { cohortId: practiceCohortId(), participantId: demoParticipant.id } })).toBe(1)
    expect(await testDb().cohort.findUniqueOrThrow({ where: { id: practiceCohortId() }, select: { provinceCode: true } })).toEqual({ provinceCode: '32' })
    expect(await testDb().trainerAssignment.findFirst({ where: { cohortId: practiceCohortId() }, select: { trainerId: true, role: true } })).toEqual({ trainerId: trainer.id, role: 'LEAD' })
    expect(await openSessions(now)).toBeGreaterThan(0)
    expect(await redatePracticeCohort(testDb(), now)).toBe(false)

    const later = new Date(now.getTime() + 6 * DAY) // the old days are past their lock
    expect(await openSessions(later)).toBe(0)
    expect(await redatePracticeCohort(testDb(), later)).toBe(true)
    expect(await openSessions(later)).toBeGreaterThan(0)
    const cohort = await testDb().cohort.findUniqueOrThrow({ where: { id: practiceCohortId() }, select: { startDate: true, endDate: true } })
    expect([cohort.startDate.toISOString().slice(0, 10), cohort.endDate.toISOString().slice(0, 10)]).toEqual(['2026-12-11', '2026-12-14'])
    // A second start on the same day changes nothing; participants are never added twice.
    await seedPracticeCohort(testDb(), { demoTrainerId: trainer.id, now: later })
    expect(await testDb().enrolment.count({ where: { cohortId: practiceCohortId() } })).toBe(41)
  }, 60_000)
})
