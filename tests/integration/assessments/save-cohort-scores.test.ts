// Entering test scores (decision 032): a cohort's pre-test and post-test scores saved in one
// transaction by its trainer or Admin Pusat, all or nothing, audited per score, refused for every
// other role; the read view; and the certificate eligibility that then follows the scores.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { saveCohortScoresAction } from '@/lib/actions/save-cohort-scores'
import { initialActionState } from '@/lib/actions/action-state-types'
import { getCohortScoresOrThrow } from '@/lib/server/assessments/get-cohort-scores'
import { saveCohortScores } from '@/lib/server/assessments/save-cohort-scores'
import { getActor } from '@/lib/server/auth/session'
import { listCohortEligibilityOrThrow } from '@/lib/server/certificates/list-cohort-eligibility'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildScoreWorld, storedScores, type ScoreWorld } from './score-world'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))

const T1 = new Date('2024-05-23T06:00:00Z')
const T2 = new Date('2024-05-24T06:00:00Z')
const pre = (enrolmentId: string) => `pre.${enrolmentId}`
const post = (enrolmentId: string) => `post.${enrolmentId}`

let w: ScoreWorld
beforeEach(async () => {
  w = await buildScoreWorld()
  vi.mocked(getActor).mockReset()
})

/** Where the audit log stands now: the records written after it are the ones a call made. */
const auditMark = async () => (await testDb().auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0n
const scoreAudits = (after: bigint) => testDb().auditLog.findMany({
  where: { entity: 'Assessment', id: { gt: after } }, orderBy: { id: 'asc' },
  select: { action: true, entityId: true, actorId: true, before: true, after: true },
})
const counts = async () => ({ assessments: await testDb().assessment.count(), audits: await testDb().auditLog.count() })

describe('saving scores', () => {
  it('saves a trainer\'s scores with a decimal comma or dot, with the trainer and the time, one audit record each', async () => {
    const { ahmad, budi } = w.people
    const start = await auditMark()
    const result = await saveCohortScores(w.actors.trainerA, {
      cohortId: w.cohortA, [pre(ahmad.enrolmentId)]: '45', [post(ahmad.enrolmentId)]: '87,5', [post(budi.enrolmentId)]: ' 72.25 ', [pre(budi.enrolmentId)]: '',
    }, T1)
    expect(result).toEqual({ created: 3, updated: 0, deleted: 0 })
    const stored = await storedScores([ahmad.enrolmentId, budi.enrolmentId])
    expect(Object.fromEntries([...stored].map(([k, v]) => [k, v.score]))).toEqual({
      [`PRE_TEST:${ahmad.enrolmentId}`]: '45.00', [`POST_TEST:${ahmad.enrolmentId}`]: '87.50', [`POST_TEST:${budi.enrolmentId}`]: '72.25',
    })
    for (const v of stored.values()) expect([v.takenAt, v.recordedById]).toEqual([T1, w.actors.trainerA.userId])

    const audits = await scoreAudits(start)
    expect(audits).toHaveLength(3)
    expect(audits.every((a) => a.action === 'create' && a.actorId === w.actors.trainerA.userId && a.before === null)).toBe(true)
    expect(audits.map((a) => (a.after as { score: string; kind: string }).score).sort()).toEqual(['45.00', '72.25', '87.50'])
  })

  it('writes only what changed: an unchanged score keeps its time, a changed one gets the new actor and time', async () => {
    const { ahmad, budi } = w.people
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80', [post(budi.enrolmentId)]: '70' }, T1)
    const start = await auditMark()
    // The form posts what it showed ("80") beside what is typed now: Ahmad's is the same, Budi's corrected by Admin Pusat.
    const result = await saveCohortScores(w.actors.admin, {
      cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80,00', [`was.${post(ahmad.enrolmentId)}`]: '80', [post(budi.enrolmentId)]: '65', [`was.${post(budi.enrolmentId)}`]: '70',
    }, T2)
    expect(result).toEqual({ created: 0, updated: 1, deleted: 0 })
    const stored = await storedScores([ahmad.enrolmentId, budi.enrolmentId])
    expect(stored.get(`POST_TEST:${ahmad.enrolmentId}`)).toEqual({ score: '80.00', takenAt: T1, recordedById: w.actors.trainerA.userId })
    expect(stored.get(`POST_TEST:${budi.enrolmentId}`)).toEqual({ score: '65.00', takenAt: T2, recordedById: w.actors.admin.userId })
    const [audit] = await scoreAudits(start)
    expect(audit).toMatchObject({ action: 'update', actorId: w.actors.admin.userId, before: { score: '70.00', kind: 'POST_TEST' }, after: { score: '65.00', kind: 'POST_TEST' } })

    // Nothing changed at all: nothing written, no audit record.
    const before = await counts()
    expect(await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80', [`was.${post(ahmad.enrolmentId)}`]: '80' }, T2)).toEqual({ created: 0, updated: 0, deleted: 0 })
    expect(await counts()).toEqual(before)
  })

  it('removes a score that is cleared, with an audit record of what it was', async () => {
    const { ahmad } = w.people
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [pre(ahmad.enrolmentId)]: '50', [post(ahmad.enrolmentId)]: '90' }, T1)
    const start = await auditMark()
    expect(await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [pre(ahmad.enrolmentId)]: ' ', [`was.${pre(ahmad.enrolmentId)}`]: '50' }, T2))
      .toEqual({ created: 0, updated: 0, deleted: 1 })
    expect([...(await storedScores([ahmad.enrolmentId])).keys()]).toEqual([`POST_TEST:${ahmad.enrolmentId}`])
    const [audit] = await scoreAudits(start)
    expect(audit).toMatchObject({ action: 'delete', before: { score: '50.00', kind: 'PRE_TEST', enrolmentId: ahmad.enrolmentId } })
    expect(audit.after).toBeNull()
  })

  it('through the action: the message counts the saved and removed scores', async () => {
    const { ahmad, budi } = w.people
    vi.mocked(getActor).mockResolvedValue(w.actors.trainerA)
    const form = (fields: Record<string, string>) => {
      const data = new FormData()
      for (const [k, v] of Object.entries({ cohortId: w.cohortA, ...fields })) data.set(k, v)
      return data
    }
    expect(await saveCohortScoresAction(initialActionState, form({ [post(ahmad.enrolmentId)]: '87,5', [post(budi.enrolmentId)]: '70' })))
      .toEqual({ status: 'success', message: '2 nilai disimpan.' })
    expect(await saveCohortScoresAction(initialActionState, form({ [post(ahmad.enrolmentId)]: '', [`was.${post(ahmad.enrolmentId)}`]: '87,5', [post(budi.enrolmentId)]: '75', [`was.${post(budi.enrolmentId)}`]: '70' })))
      .toEqual({ status: 'success', message: '1 nilai disimpan, 1 nilai dihapus.' })
    expect(await saveCohortScoresAction(initialActionState, form({ [post(budi.enrolmentId)]: '75', [`was.${post(budi.enrolmentId)}`]: '75' })))
      .toEqual({ status: 'success', message: 'Tidak ada nilai yang berubah.' })
    vi.mocked(getActor).mockResolvedValue(null)
    expect(await saveCohortScoresAction(initialActionState, form({ [post(budi.enrolmentId)]: '10' })))
      .toMatchObject({ status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' })
    expect((await storedScores([budi.enrolmentId])).get(`POST_TEST:${budi.enrolmentId}`)?.score).toBe('75.00')
  })
})

describe('refusals', () => {
  it('refuses every role but the cohort\'s trainer and Admin Pusat, and malformed ids; nothing written', async () => {
    const { ahmad } = w.people
    const input = { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80' }
    const before = await counts()
    await expectAppError(saveCohortScores(w.actors.operatorJabar, input), 'FORBIDDEN')
    await expectAppError(saveCohortScores(w.actors.participant, input), 'FORBIDDEN')
    await expectAppError(saveCohortScores(w.actors.trainerB, input), 'NOT_FOUND', 'Kelas tidak ditemukan.')
    await expectAppError(saveCohortScores(w.actors.admin, { ...input, cohortId: 'bukan-id' }), 'NOT_FOUND')
    await expectAppError(saveCohortScores(w.actors.admin, { ...input, cohortId: `${w.cohortA}\u0000` }), 'NOT_FOUND')
    await expectAppError(saveCohortScores(w.actors.admin, { ...input, cohortId: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND')
    // Trainer B names their own cohort but an enrolment of cohort A: not theirs, not of that cohort.
    const crossed = await expectAppError(saveCohortScores(w.actors.trainerB, { cohortId: w.cohortB, [post(ahmad.enrolmentId)]: '80' }), 'VALIDATION')
    expect(crossed.fieldErrors).toEqual({ [post(ahmad.enrolmentId)]: ['Peserta ini tidak terdaftar di kelas ini.'] })
    expect(await counts()).toEqual(before)
  })

  it('refuses the whole save with a message per bad field, and writes nothing', async () => {
    const { ahmad, budi, wulan, hadi } = w.people
    const before = await counts()
    const error = await expectAppError(saveCohortScores(w.actors.trainerA, {
      cohortId: w.cohortA,
      [pre(ahmad.enrolmentId)]: '60',          // fine on its own, not saved with the rest
      [post(ahmad.enrolmentId)]: '101',
      [pre(budi.enrolmentId)]: 'delapan puluh',
      [post(budi.enrolmentId)]: '87,555',
      [post(wulan.enrolmentId)]: '70',         // withdrawn
      [post(hadi.enrolmentId)]: '70',          // of cohort B
      [pre(hadi.enrolmentId)]: '-1',
      'post.bukan-id': '70',
      [`pre.${'9'.repeat(300)}`]: '70',
    }), 'VALIDATION', 'Nilai tidak disimpan. Periksa 8 isian yang ditandai.')
    expect(error.fieldErrors).toEqual({
      [post(ahmad.enrolmentId)]: ['Nilai tidak boleh lebih dari 100.'],
      [pre(budi.enrolmentId)]: ['Nilai harus berupa angka 0–100, misalnya 87 atau 87,5.'],
      [post(budi.enrolmentId)]: ['Nilai paling banyak dua angka di belakang koma.'],
      [post(wulan.enrolmentId)]: ['Peserta ini sudah mengundurkan diri; nilainya tidak dapat diisi.'],
      [post(hadi.enrolmentId)]: ['Peserta ini tidak terdaftar di kelas ini.'],
      [pre(hadi.enrolmentId)]: ['Nilai tidak boleh kurang dari 0.'],
      'post.bukan-id': ['Peserta ini tidak terdaftar di kelas ini.'],
      [`pre.${'9'.repeat(56)}`]: ['Peserta ini tidak terdaftar di kelas ini.'],
    })
    expect(await counts()).toEqual(before)

    const hidden = await expectAppError(saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '8\u00000', [pre(ahmad.enrolmentId)]: '\u202E80', [pre(budi.enrolmentId)]: 80 }), 'VALIDATION')
    expect(hidden.fieldErrors?.[post(ahmad.enrolmentId)]?.[0]).toMatch(/karakter tersembunyi/)
    expect(hidden.fieldErrors?.[pre(ahmad.enrolmentId)]?.[0]).toMatch(/karakter tersembunyi/)
    expect(hidden.fieldErrors?.[pre(budi.enrolmentId)]).toEqual(['Nilai harus berupa angka 0–100, misalnya 87 atau 87,5.'])
    expect(await counts()).toEqual(before)
  })

  it('refuses a score someone else changed since the form was opened, and keeps theirs', async () => {
    const { ahmad, budi } = w.people
    // Both forms were opened while nothing was stored; Admin Pusat saves first.
    await saveCohortScores(w.actors.admin, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '70', [`was.${post(ahmad.enrolmentId)}`]: '', [post(budi.enrolmentId)]: '66', [`was.${post(budi.enrolmentId)}`]: '' }, T1)
    const before = await counts()
    const stale = await expectAppError(saveCohortScores(w.actors.trainerA, {
      cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80', [`was.${post(ahmad.enrolmentId)}`]: '', [pre(budi.enrolmentId)]: '40', [`was.${pre(budi.enrolmentId)}`]: '',
    }, T2), 'VALIDATION')
    expect(stale.fieldErrors).toEqual({ [post(ahmad.enrolmentId)]: ['Nilai ini sudah diubah menjadi 70 oleh pengguna lain sejak formulir dibuka. Muat ulang halaman, lalu isi kembali bila perlu.'] })
    expect(await counts()).toEqual(before)

    // A field the trainer left as shown (blank) is not a change: Admin Pusat's 66 for Budi stays.
    expect(await saveCohortScores(w.actors.trainerA, {
      cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '80', [`was.${post(ahmad.enrolmentId)}`]: '70', [post(budi.enrolmentId)]: '', [`was.${post(budi.enrolmentId)}`]: '',
    }, T2)).toEqual({ created: 0, updated: 1, deleted: 0 })
    const stored = await storedScores([ahmad.enrolmentId, budi.enrolmentId])
    expect([stored.get(`POST_TEST:${ahmad.enrolmentId}`)?.score, stored.get(`POST_TEST:${budi.enrolmentId}`)?.score]).toEqual(['80.00', '66.00'])
  })

  it('keeps the stale check under saves at once: one wins, the others are refused by it', async () => {
    const { ahmad } = w.people
    const field = { [`was.${post(ahmad.enrolmentId)}`]: '' }
    // Forms opened together, saved together (trainer and Admin Pusat, several taps).
    const outcomes = await Promise.allSettled([61, 62, 63, 64, 65, 66].map((score, i) =>
      saveCohortScores(i % 2 ? w.actors.admin : w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: String(score), ...field })))
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    // Each refusal is the stale check's (they waited for the winner), never the database's unique index.
    for (const o of outcomes) {
      if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'VALIDATION', fieldErrors: { [post(ahmad.enrolmentId)]: [expect.stringMatching(/^Nilai ini sudah diubah menjadi 6\d oleh pengguna lain/)] } })
    }
    expect(await testDb().assessment.count({ where: { enrolmentId: ahmad.enrolmentId } })).toBe(1)
  })
})

describe('reading scores and what they decide', () => {
  it('shows the scores to the cohort\'s trainer, Admin Pusat and the province\'s operator (read only); refuses the others', async () => {
    const { ahmad, budi } = w.people
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [pre(ahmad.enrolmentId)]: '40,5', [post(ahmad.enrolmentId)]: '87,5' }, T1)
    const view = await getCohortScoresOrThrow(w.actors.operatorJabar, w.cohortA)
    expect(view.mayEdit).toBe(false)
    expect(view.rows.map((r) => [r.name, r.pre?.hundredths ?? null, r.post?.hundredths ?? null])).toEqual([
      ['Ahmad Fauzi', 4050, 8750], ['Budi Santoso', null, null],
    ])
    expect(view.rows[0].post).toMatchObject({ takenAt: T1, recordedByName: expect.stringMatching(/^Pengguna /) })
    expect((await getCohortScoresOrThrow(w.actors.trainerA, w.cohortA)).mayEdit).toBe(true)
    expect((await getCohortScoresOrThrow(w.actors.admin, w.cohortA)).rows.map((r) => r.enrolmentId)).toEqual([ahmad.enrolmentId, budi.enrolmentId])
    await expectAppError(getCohortScoresOrThrow(w.actors.trainerB, w.cohortA), 'NOT_FOUND')
    await expectAppError(getCohortScoresOrThrow(w.actors.operatorKaltim, w.cohortA), 'NOT_FOUND')
    await expectAppError(getCohortScoresOrThrow(w.actors.participant, w.cohortA), 'FORBIDDEN')
    await expectAppError(getCohortScoresOrThrow(w.actors.admin, 'bukan-id'), 'NOT_FOUND')
  })

  it('decides certificate eligibility: 55 is below the pass mark of 60, 75 meets it', async () => {
    const { ahmad } = w.people
    const ahmadRow = async () => (await listCohortEligibilityOrThrow(w.actors.admin, w.cohortA)).rows.find((r) => r.enrolmentId === ahmad.enrolmentId)!
    expect((await ahmadRow()).eligibility.reasons).toEqual(['belum mengikuti post-test'])
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '55', [`was.${post(ahmad.enrolmentId)}`]: '' })
    expect((await ahmadRow()).eligibility).toMatchObject({ eligible: false, reasons: ['nilai post-test 55 < 60'] })
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '59,99', [`was.${post(ahmad.enrolmentId)}`]: '55' })
    expect((await ahmadRow()).eligibility.reasons).toEqual(['nilai post-test 59,99 < 60'])
    await saveCohortScores(w.actors.trainerA, { cohortId: w.cohortA, [post(ahmad.enrolmentId)]: '75', [`was.${post(ahmad.enrolmentId)}`]: '59,99' })
    expect((await ahmadRow()).eligibility).toMatchObject({ eligible: true, reasons: [] })
    expect((await ahmadRow()).postTestScore).toBe(75)
  })
})
