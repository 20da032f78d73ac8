// Self check-in against the real database: the code the trainer shows, the window, the grace, the
// refusals that write nothing, the rate limits and a trainer's mark that a check-in never changes.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { checkInCodeAt, checkInSessionKey, STEP_MS, timeStepOf } from '@/lib/attendance/check-in-code'
import { checkIn, checkInLimitKeys } from '@/lib/server/attendance/check-in'
import { getCheckInCode } from '@/lib/server/attendance/get-check-in-code'
import { clearRateLimits } from '@/lib/server/rate-limit'
import TEST_ENV from '../../support/test-env.json' with { type: 'json' }
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

const MINUTE = 60_000
const key = (sessionId: string) => checkInSessionKey(TEST_ENV.AUTH_SECRET, sessionId)
/** The code a participant reads off the trainer's screen at `at` (`back` steps earlier). */
const codeFor = (sessionId: string, at = new Date(), back = 0) => checkInCodeAt(key(sessionId), timeStepOf(at) - back)

let programId: string, cohortId: string, otherCohortId: string
let admin: Actor, operator: Actor, trainer: Actor, otherTrainer: Actor

beforeAll(async () => {
  const program = await createProgram()
  programId = program.id
  const wave = await createWave(program.id)
  cohortId = (await createCohort(wave.id, '32')).id
  otherCohortId = (await createCohort(wave.id, '64')).id
  const t = await createTrainer('32')
  await assignTrainer(t.id, cohortId, 'LEAD')
  const other = await createTrainer('64')
  await assignTrainer(other.id, otherCohortId, 'LEAD')
  admin = (await createUser('ADMIN_PUSAT')).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: other.id })).actor
})

/** A session of the cohort that started `startedMinutesAgo` minutes ago and lasts two hours. */
async function sessionStarted(startedMinutesAgo: number, cohort = cohortId) {
  const startsAt = new Date(Date.now() - startedMinutesAgo * MINUTE)
  return testDb().session.create({
    data: { cohortId: cohort, title: 'Pelibatan Masyarakat', kind: 'MODULE', startsAt, endsAt: new Date(startsAt.getTime() + 120 * MINUTE), jp: 3, mode: 'LURING' },
    select: { id: true },
  })
}

/** A participant enrolled in the cohort, signed in from `ip`. */
async function enrolledParticipant(cohort = cohortId, ip = '198.51.100.10') {
  const participant = await createParticipant(cohort === cohortId ? '32' : '64')
  const enrolment = await enrol(participant.id, cohort, programId)
  const { actor } = await createUser('PESERTA', { participantId: participant.id })
  return { actor: { ...actor, ip }, enrolmentId: enrolment.id }
}

const marksOf = (sessionId: string) => testDb().attendanceMark.findMany({ where: { sessionId }, select: { enrolmentId: true, status: true, method: true, markedById: true } })
const writes = async (sessionId: string) => ({
  marks: await testDb().attendanceMark.count({ where: { sessionId } }),
  mutations: await testDb().attendanceMutation.count({ where: { sessionId } }),
  audit: await testDb().auditLog.count({ where: { entity: 'AttendanceMark' } }),
})

describe('self check-in', () => {
  it('marks the participant Hadir with the code on screen, audited, once', async () => {
    const session = await sessionStarted(5)
    const { actor, enrolmentId } = await enrolledParticipant()
    const auditBefore = await testDb().auditLog.count({ where: { entity: 'AttendanceMark' } })
    const result = await checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) })
    expect(result).toMatchObject({ outcome: 'CHECKED_IN', status: 'HADIR', method: 'SELF_CHECKIN' })
    expect(result.message).toMatch(/tercatat: Hadir/)
    expect(await marksOf(session.id)).toEqual([{ enrolmentId, status: 'HADIR', method: 'SELF_CHECKIN', markedById: actor.userId }])
    expect(await testDb().auditLog.count({ where: { entity: 'AttendanceMark' } })).toBe(auditBefore + 1)

    const again = await checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) })
    expect(again).toMatchObject({ outcome: 'ALREADY_RECORDED', status: 'HADIR' })
    expect(await marksOf(session.id)).toHaveLength(1)
  })

  it('marks Terlambat after the grace period', async () => {
    const session = await sessionStarted(20)
    const { actor } = await enrolledParticipant()
    expect(await checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) })).toMatchObject({ outcome: 'CHECKED_IN', status: 'TERLAMBAT' })
  })

  it('accepts the previous step\'s code, typed in lower case with a dash', async () => {
    const session = await sessionStarted(1)
    const { actor } = await enrolledParticipant()
    const now = new Date()
    const code = codeFor(session.id, now, 1).toLowerCase()
    expect(await checkIn(actor, { sessionId: session.id, kode: `${code.slice(0, 3)}-${code.slice(3)}` }, now)).toMatchObject({ outcome: 'CHECKED_IN' })
  })

  it('refuses an expired, a wrong and a malformed code, writing nothing', async () => {
    const session = await sessionStarted(1)
    const { actor } = await enrolledParticipant()
    const before = await writes(session.id)
    const at = new Date()
    const expired = await expectAppError(checkIn(actor, { sessionId: session.id, kode: codeFor(session.id, at, 2) }, at), 'VALIDATION', /sudah berganti/)
    expect(expired.fieldErrors?.kode).toBeTruthy()
    const now = new Date()
    const right = codeFor(session.id, now)
    const wrong = right === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'
    await expectAppError(checkIn(actor, { sessionId: session.id, kode: wrong }), 'VALIDATION', /salah/)
    for (const kode of ['', '12', 'O0O0O0', 'ABC\u0000DE', 'x'.repeat(5000), undefined]) {
      await expectAppError(checkIn(actor, { sessionId: session.id, kode }), 'VALIDATION', /6 huruf/)
    }
    expect(await writes(session.id)).toEqual(before)
  })

  it('refuses outside the window: before it opens and after the session ends', async () => {
    const { actor } = await enrolledParticipant()
    const later = await sessionStarted(-120)
    const before = await writes(later.id)
    await expectAppError(checkIn(actor, { sessionId: later.id, kode: codeFor(later.id) }), 'CONFLICT', /baru dibuka/)
    expect(await writes(later.id)).toEqual(before)
    const ended = await sessionStarted(180)
    await expectAppError(checkIn(actor, { sessionId: ended.id, kode: codeFor(ended.id) }), 'CONFLICT', /sudah ditutup/)
    expect(await marksOf(ended.id)).toEqual([])
  })

  it('refuses a session of a cohort the participant is not in, a withdrawn participant, a malformed id', async () => {
    const elsewhere = await sessionStarted(1, otherCohortId)
    const { actor, enrolmentId } = await enrolledParticipant()
    await expectAppError(checkIn(actor, { sessionId: elsewhere.id, kode: codeFor(elsewhere.id) }), 'NOT_FOUND')
    expect(await marksOf(elsewhere.id)).toEqual([])

    const session = await sessionStarted(1)
    await testDb().enrolment.update({ where: { id: enrolmentId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Sakit' } })
    await expectAppError(checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) }), 'FORBIDDEN', /mengundurkan diri/)
    expect(await marksOf(session.id)).toEqual([])

    for (const sessionId of ['bukan-id', `${session.id}x`, '', null]) await expectAppError(checkIn(actor, { sessionId, kode: 'AAAAAA' }), 'NOT_FOUND')
  })

  it('is only for participants: officers and trainers mark on the roster', async () => {
    const session = await sessionStarted(1)
    for (const actor of [admin, operator, trainer]) {
      await expectAppError(checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) }), 'FORBIDDEN')
    }
    expect(await marksOf(session.id)).toEqual([])
  })

  it('keeps the trainer\'s mark and tells the participant what is recorded', async () => {
    const session = await sessionStarted(1)
    const { actor, enrolmentId } = await enrolledParticipant()
    await testDb().attendanceMark.create({ data: { enrolmentId, sessionId: session.id, status: 'IZIN', method: 'TRAINER', markedById: trainer.userId } })
    const result = await checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) })
    expect(result).toMatchObject({ outcome: 'ALREADY_RECORDED', status: 'IZIN', method: 'TRAINER' })
    expect(result.message).toBe('Kehadiran Anda sudah tercatat: Izin (pelatih). Catatan itu tetap berlaku.')
    expect(await marksOf(session.id)).toEqual([{ enrolmentId, status: 'IZIN', method: 'TRAINER', markedById: trainer.userId }])
  })

  it('two check-ins of one participant at the same moment make one mark', async () => {
    const session = await sessionStarted(1)
    const { actor } = await enrolledParticipant()
    const kode = codeFor(session.id)
    const results = await Promise.all([checkIn(actor, { sessionId: session.id, kode }), checkIn(actor, { sessionId: session.id, kode })])
    expect(results.map((r) => r.outcome).sort()).toEqual(['ALREADY_RECORDED', 'CHECKED_IN'])
    expect(await marksOf(session.id)).toHaveLength(1)
  })
})

describe('check-in rate limits', () => {
  it('stops a participant after ten failed tries in ten minutes, even with the right code', async () => {
    const session = await sessionStarted(1)
    const { actor } = await enrolledParticipant(cohortId, '198.51.100.20')
    const right = codeFor(session.id)
    const wrong = right === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'
    for (let i = 0; i < 10; i++) await expectAppError(checkIn(actor, { sessionId: session.id, kode: wrong }), 'VALIDATION')
    await expectAppError(checkIn(actor, { sessionId: session.id, kode: right }), 'RATE_LIMITED', /Terlalu banyak percobaan/)
    expect(await marksOf(session.id)).toEqual([])
    await clearRateLimits(testDb(), checkInLimitKeys(actor.participantId!, actor.ip))
  })

  it('stops an address after sixty failed tries, while a class behind one address checks in freely', async () => {
    const session = await sessionStarted(1)
    const ip = '198.51.100.30'
    // Successes give their attempt back: a whole class behind one hotel's address gets in.
    const successes = await Promise.all(Array.from({ length: 12 }, () => enrolledParticipant(cohortId, ip)))
    for (const { actor } of successes) expect((await checkIn(actor, { sessionId: session.id, kode: codeFor(session.id) })).outcome).toBe('CHECKED_IN')
    const bucket = await testDb().rateLimitBucket.findUnique({ where: { key: `check-in:address:${ip}` }, select: { count: true } })
    expect(bucket?.count ?? 0).toBe(0)

    const guessers = await Promise.all(Array.from({ length: 7 }, () => enrolledParticipant(cohortId, ip)))
    const wrong = codeFor(session.id) === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'
    for (const { actor } of guessers.slice(0, 6)) {
      for (let i = 0; i < 10; i++) await expectAppError(checkIn(actor, { sessionId: session.id, kode: wrong }), 'VALIDATION')
    }
    await expectAppError(checkIn(guessers[6].actor, { sessionId: session.id, kode: codeFor(session.id) }), 'RATE_LIMITED')
    expect(await marksOf(session.id)).toHaveLength(12)
  })
})

describe('the trainer\'s code', () => {
  it('is shown to the session\'s trainer and Admin Pusat, with the check-in address in its QR code', async () => {
    const session = await sessionStarted(1)
    const now = new Date()
    for (const actor of [trainer, admin]) {
      const view = await getCheckInCode(actor, session.id, 'https://bimtek.test', now)
      expect(view.code).toBe(codeFor(session.id, now))
      expect(view.checkInUrl).toBe(`https://bimtek.test/peserta/hadir/${session.id}?kode=${view.code}`)
      expect(Date.parse(view.changesAt) - now.getTime()).toBeLessThanOrEqual(STEP_MS)
      expect(view.qr.path).toMatch(/^M\d/)
      expect(view).toMatchObject({ window: 'OPEN', notice: null })
    }
  })

  it('says when check-in opens for a later session', async () => {
    const session = await sessionStarted(-120)
    expect(await getCheckInCode(trainer, session.id, 'https://bimtek.test')).toMatchObject({ window: 'NOT_YET', notice: expect.stringMatching(/dibuka/) })
  })

  it('is refused to another cohort\'s trainer, an operator and a participant', async () => {
    const session = await sessionStarted(1)
    const { actor: participant } = await enrolledParticipant()
    await expectAppError(getCheckInCode(otherTrainer, session.id, 'https://bimtek.test'), 'NOT_FOUND')
    await expectAppError(getCheckInCode(operator, session.id, 'https://bimtek.test'), 'FORBIDDEN')
    await expectAppError(getCheckInCode(participant, session.id, 'https://bimtek.test'), 'FORBIDDEN')
    await expectAppError(getCheckInCode(trainer, 'bukan-id', 'https://bimtek.test'), 'NOT_FOUND')
  })
})

vi.setConfig({ testTimeout: 60_000 })
