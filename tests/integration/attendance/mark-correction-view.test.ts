// The officer's correction as the recap's cell leads to it: the current mark with who/when/how, the
// correction (status, note, required reason) through the form's action, and the mark's history from
// the audit log with before and after. Refused ones write nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { correctAttendanceMarkAction } from '@/lib/actions/correct-attendance-mark'
import { initialActionState } from '@/lib/actions/action-state-types'
import { getMarkCorrectionOrThrow } from '@/lib/server/attendance/get-mark-correction'
import { getActor } from '@/lib/server/auth/session'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildRecapWorld, type RecapWorld } from './recap-world'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))

let w: RecapWorld
beforeAll(async () => (w = await buildRecapWorld()))
beforeEach(() => vi.mocked(getActor).mockReset())

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [k, v] of Object.entries(values)) data.set(k, v)
  return data
}
async function correct(actor: Actor | null, values: Record<string, string>) {
  vi.mocked(getActor).mockResolvedValue(actor)
  return correctAttendanceMarkAction(initialActionState, form(values))
}
const counts = async () => {
  const db = testDb()
  const [marks, audit, mutations] = await Promise.all([db.attendanceMark.count(), db.auditLog.count(), db.attendanceMutation.count()])
  return { marks, audit, mutations }
}
const markOf = (enrolmentId: string, sessionId: string) =>
  testDb().attendanceMark.findUnique({ where: { enrolmentId_sessionId: { enrolmentId, sessionId } }, select: { id: true, status: true, method: true, note: true, markedById: true } })

describe('correcting a mark from the recap', () => {
  it('shows the current mark with who, when and how', async () => {
    const view = await getMarkCorrectionOrThrow(w.actors.operatorJabar, { cohortId: w.cohortA, sessionId: w.sessionsA[2], enrolmentId: w.half.enrolmentId })
    expect(view.mark).toMatchObject({ status: 'ALPA', method: 'TRAINER', note: null })
    expect(view.enrolment.id).toBe(w.half.enrolmentId)
    expect(view.session.cohort.province.timeZoneLabel).toBe('WIB')
    expect(view.history).toEqual([]) // made by the factory, without an audit record
  })

  it('writes the mark and an audit record with before, after and the reason; the history shows it', async () => {
    const state = await correct(w.actors.operatorJabar, {
      sessionId: w.sessionsA[2], enrolmentId: w.half.enrolmentId, status: 'HADIR', note: 'Surat tugas terlampir', reason: 'Peserta hadir,\u0007 salah ketuk oleh pelatih',
    })
    // Hidden characters are dropped from notes and reasons (decision 017).
    expect(state).toMatchObject({ status: 'success', message: 'Koreksi kehadiran disimpan.' })
    expect(await markOf(w.half.enrolmentId, w.sessionsA[2])).toMatchObject({ status: 'HADIR', method: 'CORRECTION', note: 'Surat tugas terlampir', markedById: w.actors.operatorJabar.userId })
    const view = await getMarkCorrectionOrThrow(w.actors.admin, { cohortId: w.cohortA, sessionId: w.sessionsA[2], enrolmentId: w.half.enrolmentId })
    expect(view.mark).toMatchObject({ status: 'HADIR', method: 'CORRECTION', markedBy: { name: w.actors.operatorJabar.name, role: 'OPERATOR_PROVINSI' } })
    expect(view.history).toHaveLength(1)
    expect(view.history[0]).toMatchObject({
      action: 'correct', actorName: w.actors.operatorJabar.name, actorRole: 'OPERATOR_PROVINSI', reason: 'Peserta hadir, salah ketuk oleh pelatih',
      before: { status: 'ALPA', method: 'TRAINER', note: null }, after: { status: 'HADIR', method: 'CORRECTION', note: 'Surat tugas terlampir' },
    })
  })

  it('creates a missing mark by correction (Admin Pusat, any province)', async () => {
    const state = await correct(w.actors.admin, { sessionId: w.sessionsA[3], enrolmentId: w.most.enrolmentId, status: 'SAKIT', reason: 'Surat dokter diserahkan ke panitia' })
    expect(state.status).toBe('success')
    expect(await markOf(w.most.enrolmentId, w.sessionsA[3])).toMatchObject({ status: 'SAKIT', method: 'CORRECTION' })
    const view = await getMarkCorrectionOrThrow(w.actors.admin, { cohortId: w.cohortA, sessionId: w.sessionsA[3], enrolmentId: w.most.enrolmentId })
    expect(view.history[0]).toMatchObject({ before: null, after: { status: 'SAKIT' }, reason: 'Surat dokter diserahkan ke panitia' })
  })

  it('refuses a correction without a reason, or with one too short or too long, and writes nothing', async () => {
    const before = await counts()
    const base = { sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId, status: 'ALPA' }
    for (const reason of ['', '   ', 'abc', 'x'.repeat(501)]) {
      const state = await correct(w.actors.operatorJabar, { ...base, reason })
      expect(state.status).toBe('error')
      expect(state.fieldErrors?.reason?.length).toBeGreaterThan(0)
    }
    const missing = await correct(w.actors.operatorJabar, base)
    expect(missing.status).toBe('error')
    expect(missing.fieldErrors?.reason?.[0]).toMatch(/Alasan koreksi/)
    expect(await counts()).toEqual(before)
    expect(await markOf(w.full.enrolmentId, w.sessionsA[0])).toMatchObject({ status: 'HADIR', method: 'TRAINER' })
  })

  it('refuses the trainer, another province, a participant and signed out, and writes nothing', async () => {
    const before = await counts()
    const values = { sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId, status: 'ALPA', reason: 'Percobaan tanpa wewenang' }
    for (const actor of [w.actors.trainerA, w.actors.operatorKaltim, w.actors.participant, null]) {
      const state = await correct(actor, values)
      expect(state.status).toBe('error')
    }
    expect(await counts()).toEqual(before)
    // The correction view refuses them too.
    await expectAppError(getMarkCorrectionOrThrow(w.actors.trainerA, { cohortId: w.cohortA, sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId }), 'FORBIDDEN')
    await expectAppError(getMarkCorrectionOrThrow(w.actors.participant, { cohortId: w.cohortA, sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId }), 'FORBIDDEN')
    await expectAppError(getMarkCorrectionOrThrow(w.actors.operatorKaltim, { cohortId: w.cohortA, sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId }), 'NOT_FOUND')
  })

  it('finds nothing for malformed ids or a session and participant of different cohorts', async () => {
    const a = w.actors.admin
    await expectAppError(getMarkCorrectionOrThrow(a, { cohortId: w.cohortA, sessionId: 'x', enrolmentId: w.full.enrolmentId }), 'NOT_FOUND')
    await expectAppError(getMarkCorrectionOrThrow(a, { cohortId: w.cohortA, sessionId: [w.sessionsA[0]], enrolmentId: w.full.enrolmentId }), 'NOT_FOUND')
    await expectAppError(getMarkCorrectionOrThrow(a, { cohortId: w.cohortA, sessionId: w.pastB, enrolmentId: w.full.enrolmentId }), 'NOT_FOUND')
    await expectAppError(getMarkCorrectionOrThrow(a, { cohortId: w.cohortA, sessionId: w.sessionsA[0], enrolmentId: w.kaltim.enrolmentId }), 'NOT_FOUND')
    await expectAppError(getMarkCorrectionOrThrow(a, { cohortId: 'kelas', sessionId: w.sessionsA[0], enrolmentId: w.full.enrolmentId }), 'NOT_FOUND')
  })
})
