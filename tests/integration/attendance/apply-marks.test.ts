// The one path every mark takes: exactly once per client mutation id (also for two copies at the
// same moment), the later marking time wins, the trainers' window and lock, a self check-in never
// replaces a mark, the scope of every role, and an audit record per change.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { applyAttendanceMarks, type IncomingMark } from '@/lib/server/attendance/apply-attendance-marks'
import { correctAttendanceMark } from '@/lib/server/attendance/correct-attendance-mark'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol } from '../../support/factories'

const MINUTE = 60_000
let trainer: Actor, otherTrainer: Actor, operator: Actor, otherOperator: Actor, admin: Actor, peserta: Actor, otherPeserta: Actor
let sessionId: string, lockedSessionId: string, laterSessionId: string, otherCohortSessionId: string
let enrolments: string[], withdrawnEnrolment: string, otherCohortEnrolment: string
const now = new Date()

beforeAll(async () => {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const cohort = await createCohort(wave.id, '32')
  const otherCohort = await createCohort(wave.id, '33')
  // One session running now, one that ended a month ago (locked), one next week (not yet open).
  sessionId = (await createSession(cohort.id, new Date(now.getTime() - 20 * MINUTE), 4)).id
  lockedSessionId = (await createSession(cohort.id, new Date(now.getTime() - 30 * 24 * 60 * MINUTE), 2)).id
  laterSessionId = (await createSession(cohort.id, new Date(now.getTime() + 7 * 24 * 60 * MINUTE), 2)).id
  otherCohortSessionId = (await createSession(otherCohort.id, new Date(now.getTime() - 20 * MINUTE), 2)).id
  const t = await createTrainer('32')
  const t2 = await createTrainer('33')
  await assignTrainer(t.id, cohort.id, 'LEAD')
  await assignTrainer(t2.id, otherCohort.id, 'LEAD')
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: t2.id })).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '33' })).actor
  admin = (await createUser('ADMIN_PUSAT')).actor
  enrolments = []
  const participants: string[] = []
  for (let i = 0; i < 60; i++) {
    const p = await createParticipant('32')
    participants.push(p.id)
    enrolments.push((await enrol(p.id, cohort.id, program.id)).id)
  }
  const w = await createParticipant('32')
  withdrawnEnrolment = (await enrol(w.id, cohort.id, program.id)).id
  await testDb().enrolment.update({ where: { id: withdrawnEnrolment }, data: { status: 'WITHDRAWN', withdrawnAt: now } })
  const o = await createParticipant('33')
  otherCohortEnrolment = (await enrol(o.id, otherCohort.id, program.id)).id
  peserta = (await createUser('PESERTA', { participantId: participants[0] })).actor
  otherPeserta = (await createUser('PESERTA', { participantId: participants[1] })).actor
}, 120_000)

const mark = (over: Partial<IncomingMark> = {}): IncomingMark => ({
  clientMutationId: randomUUID(), sessionId, enrolmentId: enrolments[0], status: 'HADIR', markedAt: now, method: 'TRAINER', ...over,
})
const markOf = (enrolmentId: string, sid = sessionId) =>
  testDb().attendanceMark.findUnique({ where: { enrolmentId_sessionId: { enrolmentId, sessionId: sid } }, select: { status: true, method: true, note: true, markedAt: true } })
const counts = async () => ({
  marks: await testDb().attendanceMark.count(),
  mutations: await testDb().attendanceMutation.count(),
  audit: await testDb().auditLog.count({ where: { entity: 'AttendanceMark' } }),
})

describe('exactly once', () => {
  it('applies a batch of 60 once, however often and however simultaneously it is sent', async () => {
    const batch = enrolments.map((enrolmentId) => mark({ enrolmentId, status: 'HADIR', method: 'OFFLINE_SYNC', sessionId: laterSessionId }))
    // The later session is not open to trainers yet: the officer sends the batch, like an import would.
    const before = await counts()
    const [a, b] = await Promise.all([applyAttendanceMarks(admin, batch), applyAttendanceMarks(admin, batch)])
    const again = await applyAttendanceMarks(admin, batch)
    const outcomes = [...a, ...b].map((r) => r.outcome).sort()
    expect(outcomes.filter((o) => o === 'APPLIED')).toHaveLength(60)
    expect(outcomes.filter((o) => o === 'DUPLICATE')).toHaveLength(60)
    expect(again.every((r) => r.outcome === 'DUPLICATE' && r.current?.status === 'HADIR')).toBe(true)
    const after = await counts()
    expect(after.marks - before.marks).toBe(60)
    expect(after.mutations - before.mutations).toBe(60)
    expect(after.audit - before.audit).toBe(60)
  })

  it('keeps the answer of a mark a later one replaced, and still applies it only once', async () => {
    const first = mark({ enrolmentId: enrolments[2], status: 'IZIN', markedAt: new Date(now.getTime() - 5 * MINUTE) })
    await applyAttendanceMarks(trainer, [first])
    await applyAttendanceMarks(trainer, [mark({ enrolmentId: enrolments[2], status: 'HADIR' })])
    const before = await counts()
    const [resent] = await applyAttendanceMarks(trainer, [first])
    expect(resent.outcome).toBe('DUPLICATE')
    expect(await counts()).toEqual(before)
    expect((await markOf(enrolments[2]))?.status).toBe('HADIR')
  })
})

describe('the later marking time wins', () => {
  it('whatever the order of arrival, and both marks stay in the audit log', async () => {
    const enrolmentId = enrolments[3]
    const later = mark({ enrolmentId, status: 'SAKIT', note: 'demam', markedAt: new Date(now.getTime() - 2 * MINUTE) })
    const earlier = mark({ enrolmentId, status: 'HADIR', markedAt: new Date(now.getTime() - 10 * MINUTE), method: 'OFFLINE_SYNC' })
    expect((await applyAttendanceMarks(trainer, [later]))[0].outcome).toBe('APPLIED')
    const [result] = await applyAttendanceMarks(trainer, [earlier])
    expect(result.outcome).toBe('SUPERSEDED')
    expect(result.current).toMatchObject({ status: 'SAKIT', note: 'demam' })
    expect(await markOf(enrolmentId)).toMatchObject({ status: 'SAKIT', method: 'TRAINER' })
    const markId = (await testDb().attendanceMark.findUniqueOrThrow({ where: { enrolmentId_sessionId: { enrolmentId, sessionId } } })).id
    const audit = await testDb().auditLog.findMany({ where: { entity: 'AttendanceMark', entityId: markId }, orderBy: { id: 'asc' }, select: { action: true, after: true } })
    expect(audit.map((a) => a.action)).toEqual(['mark', 'mark-superseded'])
    expect(audit[1].after).toMatchObject({ status: 'HADIR', clientMutationId: earlier.clientMutationId })
  })

  it('within one batch as well', async () => {
    const enrolmentId = enrolments[4]
    await applyAttendanceMarks(trainer, [
      mark({ enrolmentId, status: 'ALPA', markedAt: new Date(now.getTime() - 1 * MINUTE) }),
      mark({ enrolmentId, status: 'TERLAMBAT', markedAt: new Date(now.getTime() - 8 * MINUTE) }),
    ])
    expect((await markOf(enrolmentId))?.status).toBe('ALPA')
  })

  it('pulls a device clock far off into the window and never after the arrival', async () => {
    await applyAttendanceMarks(trainer, [mark({ enrolmentId: enrolments[5], markedAt: new Date('2099-01-01T00:00:00Z') })], now)
    expect((await markOf(enrolments[5]))?.markedAt.getTime()).toBe(now.getTime())
    await applyAttendanceMarks(trainer, [mark({ enrolmentId: enrolments[6], markedAt: new Date('2001-01-01T00:00:00Z') })], now)
    expect((await markOf(enrolments[6]))!.markedAt.getTime()).toBeGreaterThan(now.getTime() - 60 * MINUTE)
  })
})

describe('self check-in', () => {
  it('marks the participant, and never replaces a trainer mark', async () => {
    const [own] = await applyAttendanceMarks(peserta, [mark({ enrolmentId: enrolments[0], method: 'SELF_CHECKIN', sessionId: otherCohortSessionId })])
    expect(own.outcome).toBe('REFUSED')
    const [checkIn] = await applyAttendanceMarks(peserta, [mark({ enrolmentId: enrolments[0], method: 'SELF_CHECKIN' })])
    expect(checkIn.outcome).toBe('APPLIED')
    await applyAttendanceMarks(trainer, [mark({ enrolmentId: enrolments[1], status: 'ALPA', markedAt: new Date(now.getTime() - 15 * MINUTE) })])
    const [kept] = await applyAttendanceMarks(otherPeserta, [mark({ enrolmentId: enrolments[1], method: 'SELF_CHECKIN' })])
    expect(kept.outcome).toBe('KEPT')
    expect(await markOf(enrolments[1])).toMatchObject({ status: 'ALPA', method: 'TRAINER' })
  })

  it('is refused for someone else, and a participant cannot mark as a trainer', async () => {
    const before = await counts()
    const results = await applyAttendanceMarks(peserta, [
      mark({ enrolmentId: enrolments[7], method: 'SELF_CHECKIN' }),
      mark({ enrolmentId: enrolments[0], method: 'TRAINER', status: 'ALPA' }),
    ])
    expect(results.map((r) => r.outcome)).toEqual(['REFUSED', 'REFUSED'])
    expect(await counts()).toEqual(before)
  })
})

describe('who may mark what', () => {
  it('refuses another trainer, another province and withdrawn or foreign enrolments, writing nothing', async () => {
    const before = await counts()
    const cases: [Actor, IncomingMark][] = [
      [otherTrainer, mark({ enrolmentId: enrolments[8] })],
      [otherOperator, mark({ enrolmentId: enrolments[8] })],
      [trainer, mark({ enrolmentId: withdrawnEnrolment })],
      [trainer, mark({ enrolmentId: otherCohortEnrolment })],
      [trainer, mark({ sessionId: otherCohortSessionId, enrolmentId: otherCohortEnrolment })],
    ]
    for (const [actor, m] of cases) {
      const [result] = await applyAttendanceMarks(actor, [m])
      expect(result.outcome).toBe('REFUSED')
      expect(result.message).toMatch(/\S/)
    }
    expect(await counts()).toEqual(before)
  })

  it('refuses a trainer before the opening and after the lock, with the reason', async () => {
    const [early] = await applyAttendanceMarks(trainer, [mark({ sessionId: laterSessionId, enrolmentId: enrolments[9] })])
    expect(early).toMatchObject({ outcome: 'REFUSED', message: expect.stringContaining('baru dibuka') })
    const [late] = await applyAttendanceMarks(trainer, [mark({ sessionId: lockedSessionId, enrolmentId: enrolments[9] })])
    expect(late).toMatchObject({ outcome: 'REFUSED', message: expect.stringContaining('terkunci') })
    expect(await markOf(enrolments[9], lockedSessionId)).toBeNull()
  })

  it('refuses a malformed batch as a whole', async () => {
    const before = await counts()
    for (const bad of [[], [mark({ status: 'X' as never })], [mark(), mark({ enrolmentId: 'not-a-uuid' })], [mark({ note: 'a'.repeat(501) })], Array.from({ length: 201 }, () => mark())]) {
      await expect(applyAttendanceMarks(trainer, bad)).rejects.toMatchObject({ code: 'VALIDATION' })
    }
    expect(await counts()).toEqual(before)
  })

  it('strips control characters from a note', async () => {
    await applyAttendanceMarks(trainer, [mark({ enrolmentId: enrolments[10], note: 'izin\u0000 rapat\u202Edesa' })])
    expect((await markOf(enrolments[10]))?.note).toBe('izin rapatdesa')
  })
})

describe('corrections', () => {
  it('lets the operator of the province correct a locked session, with the reason audited before and after', async () => {
    const enrolmentId = enrolments[11]
    await correctAttendanceMark(operator, { sessionId: lockedSessionId, enrolmentId, status: 'SAKIT', reason: 'Surat dokter diterima' })
    await correctAttendanceMark(admin, { sessionId: lockedSessionId, enrolmentId, status: 'IZIN', reason: 'Salah ketik sebelumnya' })
    expect(await markOf(enrolmentId, lockedSessionId)).toMatchObject({ status: 'IZIN', method: 'CORRECTION' })
    const audit = await testDb().auditLog.findMany({ where: { entity: 'AttendanceMark', action: 'correct', after: { path: ['reason'], equals: 'Salah ketik sebelumnya' } }, select: { before: true, after: true } })
    expect(audit).toHaveLength(1)
    expect(audit[0].before).toMatchObject({ status: 'SAKIT' })
    expect(audit[0].after).toMatchObject({ status: 'IZIN' })
  })

  it('is refused without a reason, to another province, to a trainer and to a participant', async () => {
    const before = await counts()
    const input = { sessionId, enrolmentId: enrolments[12], status: 'ALPA' }
    await expect(correctAttendanceMark(operator, input)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { reason: [expect.any(String)] } })
    await expect(correctAttendanceMark(otherOperator, { ...input, reason: 'coba koreksi' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(correctAttendanceMark(trainer, { ...input, reason: 'coba koreksi' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(correctAttendanceMark(peserta, { ...input, reason: 'coba koreksi' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(correctAttendanceMark(operator, { ...input, sessionId: 'x', reason: 'coba koreksi' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)
  })
})
