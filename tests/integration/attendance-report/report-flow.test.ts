// A meeting report into attendance, against the real database: the preview writes no mark, a link
// made by hand is remembered for the cohort's later sessions, confirming writes each mark once
// (also for the same file uploaded again), and every other trainer, province and participant is
// refused with nothing written.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { cancelAttendanceReport } from '@/lib/server/attendance/meeting-report/cancel-attendance-report'
import { confirmAttendanceReport, reportMutationId } from '@/lib/server/attendance/meeting-report/confirm-attendance-report'
import { getAttendanceReport } from '@/lib/server/attendance/meeting-report/get-attendance-report'
import { linkAttendanceName } from '@/lib/server/attendance/meeting-report/link-attendance-name'
import { previewAttendanceReport } from '@/lib/server/attendance/meeting-report/preview-attendance-report'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { createOnlineSession, storeReportPreview, zoomReportBytes } from '../../support/meeting-report-factories'
import { bytesOf, meetNewReport, type RelativeJoin } from '../../fixtures/meeting-reports'

let trainer: Actor, otherTrainer: Actor, operator: Actor, otherOperator: Actor, admin: Actor, peserta: Actor
let cohortId: string, programId: string, sessionId: string, trainerName: string
const enrolment: Record<string, string> = {}

async function participant(cohort: string, name: string, extra: { email?: string; phone?: string } = {}) {
  const p = await createParticipant('32')
  await testDb().participant.update({ where: { id: p.id }, data: { name, email: extra.email ?? null, ...(extra.phone ? { phone: extra.phone } : {}) } })
  return { participantId: p.id, enrolmentId: (await enrol(p.id, cohort, programId)).id }
}

beforeAll(async () => {
  programId = (await createProgram()).id
  const wave = await createWave(programId)
  cohortId = (await createCohort(wave.id, '32')).id
  const otherCohortId = (await createCohort(wave.id, '64')).id
  sessionId = (await createOnlineSession(cohortId)).id
  const t = await createTrainer('32')
  const t2 = await createTrainer('64')
  await assignTrainer(t.id, cohortId, 'LEAD')
  await assignTrainer(t2.id, otherCohortId, 'LEAD')
  trainerName = (await testDb().trainer.findUniqueOrThrow({ where: { id: t.id }, select: { name: true } })).name
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: t2.id })).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  admin = (await createUser('ADMIN_PUSAT')).actor
  const dewi = await participant(cohortId, 'Dewi Lestari')
  enrolment.dewi = dewi.enrolmentId
  enrolment.budi = (await participant(cohortId, 'Budi Santoso', { email: 'budi.santoso@contoh.id' })).enrolmentId
  enrolment.rina = (await participant(cohortId, 'Rina Marlina', { phone: `+62813${String(Date.now() % 1e8).padStart(8, '0')}` })).enrolmentId
  enrolment.siti = (await participant(cohortId, 'Siti Aminah')).enrolmentId
  enrolment.ahmad = (await participant(cohortId, 'Ahmad Fauzi')).enrolmentId
  await testDb().enrolment.update({ where: { id: enrolment.ahmad }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } })
  peserta = (await createUser('PESERTA', { participantId: dewi.participantId })).actor
}, 120_000)

const rinaPhone = async () => (await testDb().enrolment.findUniqueOrThrow({ where: { id: enrolment.rina }, select: { participant: { select: { phone: true } } } })).participant.phone
const localPhone = async () => `0${(await rinaPhone()).slice(3, 6)}-${(await rinaPhone()).slice(6, 10)}-${(await rinaPhone()).slice(10)}`

/** The session of 120 minutes: Dewi rejoined (overlap), Budi by e-mail and late, Rina by phone, a phone-named guest, host, trainer, withdrawn Ahmad. */
async function joins(): Promise<RelativeJoin[]> {
  return [
    { name: 'Dewi L - Perpusdes Sukamaju', from: -3, to: 70 },
    { name: 'Dewi L - Perpusdes Sukamaju', from: 60, to: 121 },
    { name: 'budi hp', email: 'budi.santoso@contoh.id', from: 20, to: 120 },
    { name: `Rina ${await localPhone()}`, from: 0, to: 100 },
    { name: 'Galaxy A12', from: 2, to: 118 },
    { name: 'Host Bimtek', email: 'host.bimtek@perpusnas.go.id', from: -10, to: 125 },
    { name: trainerName, from: -8, to: 125 },
    { name: 'Ahmad Fauzi (TBM Cahaya)', from: 0, to: 120 },
  ]
}

const counts = async () => ({
  marks: await testDb().attendanceMark.count({ where: { session: { cohortId } } }),
  reports: await testDb().attendanceReport.count({ where: { session: { cohortId } } }),
  links: await testDb().attendanceNameLink.count({ where: { cohortId } }),
  committed: await testDb().attendanceReport.count({ where: { session: { cohortId }, status: 'COMMITTED' } }),
})

describe('preview → link → confirm', () => {
  let reportId: string

  it('previews without writing a mark, matching by name, e-mail and phone', async () => {
    const before = await counts()
    const preview = await storeReportPreview(trainer, sessionId, await joins())
    reportId = preview.reportId
    expect(preview.alreadyAppliedAt).toBeNull()
    expect(await counts()).toEqual({ ...before, reports: before.reports + 1 })
    const view = await getAttendanceReport(trainer, sessionId, reportId)
    expect(view.status).toBe('PREVIEW')
    expect(view.match.matched.map((m) => [m.participantName, m.how, m.minutes, m.status])).toEqual([
      ['Budi Santoso', 'EMAIL', 100, 'TERLAMBAT'],
      ['Dewi Lestari', 'NAME', 120, 'HADIR'],
      ['Rina Marlina', 'PHONE', 100, 'HADIR'],
    ])
    expect(view.match.unmatched.map((u) => u.names)).toEqual([['Ahmad Fauzi (TBM Cahaya)'], ['Galaxy A12']])
    expect(view.match.ignored.map((i) => i.names[0]).sort()).toEqual(['Host Bimtek', trainerName].sort())
    expect(view.match.absent.map((a) => a.name)).toEqual(['Siti Aminah'])
  })

  it('links a name by hand, for this cohort', async () => {
    const before = await counts()
    await linkAttendanceName(trainer, { sessionId, reportId, nameKey: 'galaxy', enrolmentId: enrolment.siti })
    expect(await counts()).toEqual({ ...before, links: before.links + 1 })
    const view = await getAttendanceReport(trainer, sessionId, reportId)
    expect(view.match.matched.find((m) => m.enrolmentId === enrolment.siti)).toMatchObject({ how: 'LINK', minutes: 116, status: 'HADIR' })
    expect(await testDb().auditLog.count({ where: { entity: 'AttendanceNameLink', actorId: trainer.userId } })).toBe(1)
  })

  it('refuses a link to a withdrawn participant, to another cohort and of a name not in the report', async () => {
    await expect(linkAttendanceName(trainer, { sessionId, reportId, nameKey: 'ahmad fauzi', enrolmentId: enrolment.ahmad })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(linkAttendanceName(trainer, { sessionId, reportId, nameKey: 'tidak ada', enrolmentId: enrolment.siti })).rejects.toMatchObject({ code: 'VALIDATION' })
    await expect(linkAttendanceName(trainer, { sessionId, reportId, nameKey: 'galaxy', enrolmentId: 'bukan-id' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('confirms once: each mark written by the one exactly-once path', async () => {
    const before = await counts()
    const result = await confirmAttendanceReport(trainer, { sessionId, reportId })
    expect(result).toMatchObject({ applied: 4, duplicate: 0, refused: 0 })
    expect(await counts()).toEqual({ ...before, marks: before.marks + 4, committed: before.committed + 1 })
    const marks = await testDb().attendanceMark.findMany({ where: { sessionId }, select: { enrolmentId: true, status: true, method: true, clientMutationId: true, note: true } })
    expect(marks.find((m) => m.enrolmentId === enrolment.budi)).toMatchObject({ status: 'TERLAMBAT', method: 'IMPORT', note: expect.stringContaining('100 menit') })
    const report = await testDb().attendanceReport.findUniqueOrThrow({ where: { id: reportId }, select: { fileSha256: true } })
    expect(marks.find((m) => m.enrolmentId === enrolment.dewi)?.clientMutationId).toBe(reportMutationId(report.fileSha256, sessionId, enrolment.dewi))
    await expect(confirmAttendanceReport(trainer, { sessionId, reportId })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(linkAttendanceName(trainer, { sessionId, reportId, nameKey: 'galaxy', enrolmentId: enrolment.dewi })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('the same file uploaded again says so, and confirming it changes nothing', async () => {
    const before = await testDb().attendanceMark.findMany({ where: { sessionId }, orderBy: { id: 'asc' } })
    const again = await storeReportPreview(operator, sessionId, await joins())
    expect(again.alreadyAppliedAt).toBeInstanceOf(Date)
    expect((await getAttendanceReport(operator, sessionId, again.reportId)).alreadyAppliedAt).toBeInstanceOf(Date)
    const result = await confirmAttendanceReport(operator, { sessionId, reportId: again.reportId })
    expect(result).toMatchObject({ applied: 0, duplicate: 4 })
    expect(await testDb().attendanceMark.findMany({ where: { sessionId }, orderBy: { id: 'asc' } })).toEqual(before)
  })

  it('two confirmations at the same moment write each mark once', async () => {
    const session = await createOnlineSession(cohortId, { startedMinutesAgo: 400 })
    const { reportId: id } = await storeReportPreview(admin, session.id, [{ name: 'Dewi Lestari', from: 0, to: 120 }, { name: 'Siti Aminah', from: 0, to: 120 }])
    const results = await Promise.allSettled([confirmAttendanceReport(admin, { sessionId: session.id, reportId: id }), confirmAttendanceReport(admin, { sessionId: session.id, reportId: id })])
    const applied = results.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value.applied : 0), 0)
    expect(applied).toBe(2)
    expect(await testDb().attendanceMark.count({ where: { sessionId: session.id } })).toBe(2)
  })

  it('remembers the link for a later session of the cohort', async () => {
    const later = await createOnlineSession(cohortId, { startedMinutesAgo: 130 })
    const { reportId: id } = await storeReportPreview(trainer, later.id, [{ name: 'Galaxy A12', from: 0, to: 120 }])
    const view = await getAttendanceReport(trainer, later.id, id)
    expect(view.match.matched).toEqual([expect.objectContaining({ enrolmentId: enrolment.siti, how: 'LINK', status: 'HADIR' })])
  })

  it('reads a Google Meet attendance report the same way', async () => {
    const s = await createOnlineSession(cohortId, { startedMinutesAgo: 300 })
    const local = (minutes: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(new Date(s.startsAt.getTime() + minutes * 60_000))
    const [date, time] = local(3).split(' ')
    const bytes = bytesOf(meetNewReport(date, [{ name: 'Siti Aminah', join: time, minutes: 110 }, { name: 'Budi', email: 'budi.santoso@contoh.id', join: local(30).split(' ')[1], minutes: 90 }]))
    const { reportId: id } = await previewAttendanceReport(operator, { sessionId: s.id, fileName: 'Kehadiran Bimtek.csv', bytes })
    const view = await getAttendanceReport(operator, s.id, id)
    expect(view.source).toBe('MEET')
    expect(view.match.matched.map((m) => [m.participantName, m.how, m.minutes, m.status])).toEqual([
      ['Budi Santoso', 'EMAIL', 90, 'TERLAMBAT'],
      ['Siti Aminah', 'NAME', 110, 'HADIR'],
    ])
  })

  it('marks nothing for people below the share; a report with nobody above it cannot be confirmed', async () => {
    const s = await createOnlineSession(cohortId, { startedMinutesAgo: 200 })
    const { reportId: id } = await storeReportPreview(trainer, s.id, [{ name: 'Dewi Lestari', from: 0, to: 60 }])
    expect((await getAttendanceReport(trainer, s.id, id)).match.matched[0]).toMatchObject({ minutes: 60, status: null })
    await expect(confirmAttendanceReport(trainer, { sessionId: s.id, reportId: id })).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(await testDb().attendanceMark.count({ where: { sessionId: s.id } })).toBe(0)
  })

  it('a cancelled preview marks nothing and cannot be confirmed', async () => {
    const s = await createOnlineSession(cohortId, { startedMinutesAgo: 180 })
    const { reportId: id } = await storeReportPreview(trainer, s.id, [{ name: 'Dewi Lestari', from: 0, to: 120 }])
    await cancelAttendanceReport(trainer, { sessionId: s.id, reportId: id })
    await expect(confirmAttendanceReport(trainer, { sessionId: s.id, reportId: id })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await testDb().attendanceMark.count({ where: { sessionId: s.id } })).toBe(0)
  })
})

describe('who may', () => {
  let reportId: string
  beforeAll(async () => {
    reportId = (await storeReportPreview(operator, sessionId, [{ name: 'Dewi Lestari', from: 0, to: 120 }], 'lain.csv')).reportId
  })

  const strangers = () => [['another trainer', otherTrainer, 'NOT_FOUND'], ['another province\'s operator', otherOperator, 'NOT_FOUND'], ['a participant', peserta, 'FORBIDDEN']] as const

  it.each([0, 1, 2])('refuses stranger %i everything, writing nothing', async (i) => {
    const [, actor, code] = strangers()[i]
    const before = await counts()
    const bytes = await zoomReportBytes(sessionId, [{ name: 'Dewi Lestari', from: 0, to: 120 }])
    await expect(previewAttendanceReport(actor, { sessionId, fileName: 'a.csv', bytes })).rejects.toMatchObject({ code })
    await expect(getAttendanceReport(actor, sessionId, reportId)).rejects.toMatchObject({ code })
    await expect(linkAttendanceName(actor, { sessionId, reportId, nameKey: 'dewi lestari', enrolmentId: enrolment.dewi })).rejects.toMatchObject({ code })
    await expect(confirmAttendanceReport(actor, { sessionId, reportId })).rejects.toMatchObject({ code })
    await expect(cancelAttendanceReport(actor, { sessionId, reportId })).rejects.toMatchObject({ code })
    expect(await counts()).toEqual(before)
  })

  it('finds a report only under its own session', async () => {
    const other = await createOnlineSession(cohortId)
    await expect(getAttendanceReport(admin, other.id, reportId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getAttendanceReport(admin, sessionId, 'bukan-id')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses the trainer after the lock, and lets the province\'s operator bring the report in', async () => {
    const old = await createOnlineSession(cohortId, { startsAt: new Date(Date.now() - 30 * 24 * 60 * 60_000) })
    const bytes = await zoomReportBytes(old.id, [{ name: 'Dewi Lestari', from: 0, to: 120 }])
    await expect(previewAttendanceReport(trainer, { sessionId: old.id, fileName: 'a.csv', bytes })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('terkunci') })
    const { reportId: id } = await previewAttendanceReport(operator, { sessionId: old.id, fileName: 'a.csv', bytes })
    // Confirming as the trainer is refused by the core; nothing is written and the preview stays.
    await expect(confirmAttendanceReport(trainer, { sessionId: old.id, reportId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await testDb().attendanceReport.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: 'PREVIEW' })
    expect(await confirmAttendanceReport(operator, { sessionId: old.id, reportId: id })).toMatchObject({ applied: 1 })
  })

  it('refuses an offline session with a message', async () => {
    const luring = await createSession(cohortId, new Date(Date.now() - 60 * 60_000))
    const bytes = await zoomReportBytes(sessionId, [{ name: 'Dewi Lestari', from: 0, to: 120 }])
    await expect(previewAttendanceReport(admin, { sessionId: luring.id, fileName: 'a.csv', bytes })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('daring') })
  })

  it('refuses a report of another meeting (other times)', async () => {
    const other = await createOnlineSession(cohortId, { startedMinutesAgo: 3 * 24 * 60 })
    const bytes = await zoomReportBytes(other.id, [{ name: 'Dewi Lestari', from: 0, to: 120 }])
    await expect(previewAttendanceReport(admin, { sessionId, fileName: 'a.csv', bytes })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('tidak bertemu jadwal') })
  })
})
