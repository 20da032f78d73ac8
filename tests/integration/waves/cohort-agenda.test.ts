import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { addModule } from '@/lib/server/programs/add-module'
import { createSession } from '@/lib/server/sessions/create-session'
import { deleteSession } from '@/lib/server/sessions/delete-session'
import { regenerateCohortAgenda } from '@/lib/server/sessions/regenerate-cohort-agenda'
import { updateSession } from '@/lib/server/sessions/update-session'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { updateCohortDetails } from '@/lib/server/waves/update-cohort-details'
import { testDb } from '../../support/database'
import { createParticipant, createUser, enrol, markAttendance } from '../../support/factories'
import { createProgramWithModules, expectAppError, rowCounts, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))

/** A Bali (WITA) cohort, 1–3 July 2025, with its generated two-day agenda. */
async function baliCohort() {
  const program = await createProgramWithModules()
  const wave = await createWaveWithCohorts(admin, {
    programId: program.id, number: '1', startDate: '2025-07-01', endDate: '2025-07-03', mode: 'LURING', quota: '60', status: 'OPEN',
    cohorts: [{ provinceCode: '51' }],
  })
  const cohortId = wave.cohorts[0].id
  const sessions = await agenda(cohortId)
  return { program, cohortId, sessions }
}

const agenda = (cohortId: string) =>
  testDb().session.findMany({ where: { cohortId }, orderBy: { startsAt: 'asc' }, select: { id: true, title: true, startsAt: true, endsAt: true, meetingUrl: true } })

const sessionInput = (extra: object) => ({
  title: 'Praktik Literasi Digital', kind: 'MODULE', moduleId: '', jp: '1', date: '2025-07-03', startTime: '08:00', endTime: '08:45', mode: 'LURING', meetingUrl: '', ...extra,
})

async function markedSession(cohortId: string, programId: string, sessionId: string) {
  const participant = await createParticipant('51')
  const enrolment = await enrol(participant.id, cohortId, programId)
  await markAttendance(enrolment.id, sessionId)
}

describe('sessions', () => {
  it('adds a session at a local WITA time, stored in UTC, audited', async () => {
    const { cohortId, program } = await baliCohort()
    const session = await createSession(admin, { cohortId, ...sessionInput({ startTime: '13:00', endTime: '14:30', jp: '2', moduleId: program.modules[0].id }) })
    expect(session.startsAt.toISOString()).toBe('2025-07-03T05:00:00.000Z')
    expect(session.endsAt.toISOString()).toBe('2025-07-03T06:30:00.000Z')
    expect(session.moduleId).toBe(program.modules[0].id)
    expect(await testDb().auditLog.count({ where: { entity: 'Session', entityId: session.id, action: 'create' } })).toBe(1)
  })

  it('retimes and moves a session, keeping local time; its own old slot is no clash', async () => {
    const { sessions } = await baliCohort()
    const preTest = sessions[0]
    const moved = await updateSession(admin, { sessionId: preTest.id, ...sessionInput({ title: 'Pre-test', kind: 'PRE_TEST', date: '2025-07-01', startTime: '12:30', endTime: '13:15', meetingUrl: '' }) })
    expect([moved.startsAt.toISOString(), moved.endsAt.toISOString()]).toEqual(['2025-07-01T04:30:00.000Z', '2025-07-01T05:15:00.000Z'])
    const online = await updateSession(admin, { sessionId: preTest.id, ...sessionInput({ title: 'Pre-test daring', kind: 'PRE_TEST', date: '2025-07-03', startTime: '09:00', endTime: '09:45', mode: 'DARING', meetingUrl: 'https://zoom.us/j/123' }) })
    expect(online).toMatchObject({ startsAt: new Date('2025-07-03T01:00:00Z'), mode: 'DARING', meetingUrl: 'https://zoom.us/j/123' })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Session', entityId: preTest.id, action: 'update' }, orderBy: { id: 'desc' } })
    expect(audit.before).toMatchObject({ title: 'Pre-test' })
  })

  it('refuses overlaps (naming the other session), times outside the cohort, end before start, bad links, foreign modules', async () => {
    const { cohortId, sessions } = await baliCohort()
    const other = await createProgramWithModules()
    const before = await rowCounts()
    await expectAppError(createSession(admin, { cohortId, ...sessionInput({ date: '2025-07-01', startTime: '13:30', endTime: '14:00' }) }), 'CONFLICT', /bertabrakan dengan sesi "Pre-test" \(13\.00–13\.45 WITA\)/)
    await expectAppError(updateSession(admin, { sessionId: sessions[1].id, ...sessionInput({ date: '2025-07-01', startTime: '12:30', endTime: '13:15' }) }), 'CONFLICT', 'Pre-test')
    const outside = await expectAppError(createSession(admin, { cohortId, ...sessionInput({ date: '2025-07-04' }) }), 'VALIDATION')
    expect(outside?.fieldErrors?.date?.[0]).toContain('2025-07-01 s.d. 2025-07-03')
    const reversed = await expectAppError(createSession(admin, { cohortId, ...sessionInput({ startTime: '10:00', endTime: '09:00' }) }), 'VALIDATION')
    expect(reversed?.fieldErrors).toMatchObject({ endTime: ['Jam selesai harus setelah jam mulai.'] })
    const bad = await expectAppError(createSession(admin, { cohortId, ...sessionInput({ meetingUrl: 'http://zoom.us/j/1', startTime: '25:00', title: '' }) }), 'VALIDATION')
    expect(Object.keys(bad?.fieldErrors ?? {})).toEqual(expect.arrayContaining(['meetingUrl', 'startTime', 'title']))
    await expectAppError(createSession(admin, { cohortId, ...sessionInput({ moduleId: other.modules[0].id }) }), 'VALIDATION')
    expect(await rowCounts()).toEqual(before)
  })

  it('deletes a session, but not one with attendance marks', async () => {
    const { cohortId, program, sessions } = await baliCohort()
    await deleteSession(admin, { sessionId: sessions[1].id })
    expect(await testDb().session.count({ where: { id: sessions[1].id } })).toBe(0)
    expect(await testDb().auditLog.count({ where: { entity: 'Session', entityId: sessions[1].id, action: 'delete' } })).toBe(1)
    await markedSession(cohortId, program.id, sessions[0].id)
    await expectAppError(deleteSession(admin, { sessionId: sessions[0].id }), 'CONFLICT', 'sudah memiliki 1 catatan kehadiran')
    expect(await testDb().session.count({ where: { id: sessions[0].id } })).toBe(1)
  })

  it('regenerates the agenda from the current curriculum after confirmation, never over attendance', async () => {
    const { cohortId, program } = await baliCohort()
    await expectAppError(regenerateCohortAgenda(admin, { cohortId }), 'VALIDATION')
    await addModule(admin, { programId: program.id, title: 'Advokasi', jp: '3' })
    const result = await regenerateCohortAgenda(admin, { cohortId, confirm: 'on' })
    expect(result.sessionCount).toBe(8)
    const titles = (await agenda(cohortId)).map((s) => s.title)
    expect(titles).toContain('Advokasi')
    expect(await testDb().auditLog.count({ where: { entity: 'Cohort', entityId: cohortId, action: 'regenerate-agenda' } })).toBe(1)
    const [first] = await agenda(cohortId)
    await markedSession(cohortId, program.id, first.id)
    await expectAppError(regenerateCohortAgenda(admin, { cohortId, confirm: 'on' }), 'CONFLICT', 'sudah ada 1 catatan kehadiran')
    expect(await testDb().session.count({ where: { cohortId } })).toBe(8)
  })

  it('refuses Operator Provinsi (even of the cohort\'s own province) and Pelatih Ahli every agenda change, writing nothing', async () => {
    const { cohortId, sessions } = await baliCohort()
    const baliOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '51' })).actor
    const before = await rowCounts()
    for (const actor of [...refused, baliOperator]) {
      await expectAppError(createSession(actor, { cohortId, ...sessionInput({}) }), 'FORBIDDEN')
      await expectAppError(updateSession(actor, { sessionId: sessions[0].id, ...sessionInput({}) }), 'FORBIDDEN')
      await expectAppError(deleteSession(actor, { sessionId: sessions[0].id }), 'FORBIDDEN')
      await expectAppError(regenerateCohortAgenda(actor, { cohortId, confirm: 'on' }), 'FORBIDDEN')
      await expectAppError(updateCohortDetails(actor, { cohortId, startDate: '2025-07-01', endDate: '2025-07-03', quota: '10', status: 'OPEN' }), 'FORBIDDEN')
    }
    expect(await rowCounts()).toEqual(before)
    expect(await agenda(cohortId)).toEqual(sessions)
  })
})

describe('updateCohortDetails', () => {
  const details = (cohortId: string, extra: object) => ({ cohortId, startDate: '2025-07-01', endDate: '2025-07-03', quota: '60', status: 'OPEN', shiftAgenda: 'on', ...extra })

  it('moves the cohort and its agenda together, at the same local times', async () => {
    const { cohortId, sessions } = await baliCohort()
    const after = await updateCohortDetails(admin, details(cohortId, { startDate: '2025-07-08', endDate: '2025-07-10', quota: '50', status: 'DRAFT' }))
    expect(after).toMatchObject({ startDate: new Date('2025-07-08'), endDate: new Date('2025-07-10'), quota: 50, status: 'DRAFT' })
    const moved = await agenda(cohortId)
    moved.forEach((s, i) => expect(s.startsAt.getTime() - sessions[i].startsAt.getTime()).toBe(7 * 86_400_000))
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Cohort', entityId: cohortId, action: 'update' } })
    expect(audit.after).toMatchObject({ agendaShiftedDays: 7, quota: 50 })
  })

  it('refuses dates that would leave sessions outside, a quota below the enrolled count, reversed dates', async () => {
    const { cohortId, program } = await baliCohort()
    const e1 = await expectAppError(updateCohortDetails(admin, details(cohortId, { startDate: '2025-07-02', shiftAgenda: undefined })), 'VALIDATION')
    expect(e1?.fieldErrors?.endDate?.[0]).toMatch(/sesi akan berada di luar tanggal kelas/)
    await enrol((await createParticipant('51')).id, cohortId, program.id)
    await enrol((await createParticipant('51')).id, cohortId, program.id)
    const e2 = await expectAppError(updateCohortDetails(admin, details(cohortId, { quota: '1' })), 'VALIDATION')
    expect(e2?.fieldErrors).toMatchObject({ quota: ['Kuota tidak boleh kurang dari jumlah peserta terdaftar (2).'] })
    const e3 = await expectAppError(updateCohortDetails(admin, details(cohortId, { endDate: '2025-06-30' })), 'VALIDATION')
    expect(e3?.fieldErrors).toMatchObject({ endDate: ['Tanggal selesai tidak boleh sebelum tanggal mulai.'] })
    expect(await testDb().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { startDate: true, quota: true } }))
      .toEqual({ startDate: new Date('2025-07-01'), quota: 60 })
  })

  it('does not shift an agenda that already has attendance', async () => {
    const { cohortId, program, sessions } = await baliCohort()
    await markedSession(cohortId, program.id, sessions[0].id)
    const e = await expectAppError(updateCohortDetails(admin, details(cohortId, { startDate: '2025-07-02', endDate: '2025-07-04' })), 'VALIDATION')
    expect(e?.fieldErrors?.shiftAgenda?.[0]).toContain('catatan kehadiran')
  })
})
