// The roster and "Hari ini" loaders: the cohort's trainers and Admin Pusat reach a session's roster,
// nobody else does (another cohort's trainer, an operator, a participant); withdrawn participants are
// not on it; the marking window is what the rules say; "Hari ini" holds only the trainer's own.
import { describe, expect, it, beforeAll } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getSessionRoster } from '@/lib/server/attendance/get-session-roster'
import { listTrainerMarkingSessions } from '@/lib/server/attendance/list-trainer-marking-sessions'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol, markAttendance } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

const MINUTE = 60_000
const now = new Date()
let trainer: Actor, otherTrainer: Actor, operator: Actor, admin: Actor, peserta: Actor
let sessionId: string, lockedSessionId: string, laterSessionId: string, otherSessionId: string
let enrolmentIds: string[], withdrawnId: string

beforeAll(async () => {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const cohort = await createCohort(wave.id, '32')
  const otherCohort = await createCohort(wave.id, '33')
  sessionId = (await createSession(cohort.id, new Date(now.getTime() - 20 * MINUTE), 4)).id
  lockedSessionId = (await createSession(cohort.id, new Date(now.getTime() - 30 * 24 * 60 * MINUTE), 2)).id
  laterSessionId = (await createSession(cohort.id, new Date(now.getTime() + 2 * 24 * 60 * MINUTE), 2)).id
  otherSessionId = (await createSession(otherCohort.id, new Date(now.getTime() - 20 * MINUTE), 2)).id
  const t = await createTrainer('32')
  const t2 = await createTrainer('33')
  await assignTrainer(t.id, cohort.id, 'LEAD')
  await assignTrainer(t2.id, otherCohort.id, 'LEAD')
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: t2.id })).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  admin = (await createUser('ADMIN_PUSAT')).actor
  enrolmentIds = []
  for (let i = 0; i < 3; i++) enrolmentIds.push((await enrol((await createParticipant('32')).id, cohort.id, program.id)).id)
  const w = await createParticipant('32')
  withdrawnId = (await enrol(w.id, cohort.id, program.id)).id
  await testDb().enrolment.update({ where: { id: withdrawnId }, data: { status: 'WITHDRAWN', withdrawnAt: now } })
  await markAttendance(enrolmentIds[0], sessionId, 'ALPA')
  const firstParticipant = await testDb().enrolment.findUniqueOrThrow({ where: { id: enrolmentIds[1] }, select: { participantId: true } })
  peserta = (await createUser('PESERTA', { participantId: firstParticipant.participantId })).actor
}, 60_000)

describe('a session roster', () => {
  it('lists the enrolled, not withdrawn participants with their marks and the open window', async () => {
    const roster = await getSessionRoster(trainer, sessionId, now)
    expect(roster.entries.map((e) => e.enrolmentId).sort()).toEqual([...enrolmentIds].sort())
    expect(roster.entries.find((e) => e.enrolmentId === enrolmentIds[0])?.mark?.status).toBe('ALPA')
    expect(roster.entries.find((e) => e.enrolmentId === enrolmentIds[1])?.mark).toBeNull()
    expect(roster).toMatchObject({ window: 'OPEN', canMarkAnyTime: false })
    expect(roster.session.timeZoneLabel).toBe('WIB')
  })

  it('says when marking opens and that it locked', async () => {
    expect((await getSessionRoster(trainer, laterSessionId, now)).window).toBe('NOT_YET')
    const locked = await getSessionRoster(trainer, lockedSessionId, now)
    expect(locked.window).toBe('LOCKED')
    expect(Date.parse(locked.locksAt)).toBeLessThan(now.getTime())
  })

  it('is open to Admin Pusat, who may mark at any time', async () => {
    const roster = await getSessionRoster(admin, lockedSessionId, now)
    expect(roster).toMatchObject({ window: 'LOCKED', canMarkAnyTime: true })
  })

  it('is refused to another cohort\'s trainer, an operator, a participant, and for a malformed id', async () => {
    await expectAppError(getSessionRoster(otherTrainer, sessionId, now), 'NOT_FOUND')
    await expectAppError(getSessionRoster(operator, sessionId, now), 'FORBIDDEN')
    await expectAppError(getSessionRoster(peserta, sessionId, now), 'FORBIDDEN')
    await expectAppError(getSessionRoster(trainer, 'bukan-id', now), 'NOT_FOUND')
    await expectAppError(getSessionRoster(trainer, `${sessionId}\u0000`, now), 'NOT_FOUND')
    await expectAppError(getSessionRoster(trainer, '00000000-0000-7000-8000-000000000000', now), 'NOT_FOUND')
  })
})

describe('"Hari ini"', () => {
  it('holds the trainer\'s own sessions of today and the coming days, not the locked ones', async () => {
    const sessions = await listTrainerMarkingSessions(trainer, now)
    const ids = sessions.map((s) => s.id)
    expect(ids).toContain(sessionId)
    expect(ids).toContain(laterSessionId)
    expect(ids).not.toContain(lockedSessionId)
    expect(ids).not.toContain(otherSessionId)
    const current = sessions.find((s) => s.id === sessionId)!
    expect(current).toMatchObject({ isToday: true, window: 'OPEN', enrolled: 3, marked: 1 })
    expect(sessions.find((s) => s.id === laterSessionId)).toMatchObject({ isToday: false, window: 'NOT_YET' })
  })

  it('is only for trainers', async () => {
    for (const actor of [admin, operator, peserta]) await expectAppError(listTrainerMarkingSessions(actor, now), 'FORBIDDEN')
  })
})
