// The automatic proposal for a wave, read from the database: fills every cohort with the required
// number of trainers, home province first, never a conflict, and says what it could not fill. It
// writes nothing.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { proposeWaveAssignments, type WaveProposalView } from '@/lib/server/assignments/propose-wave-assignments'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createProgram, createWave } from '../../support/factories'
import {
  assignmentRowCounts, createNamedTrainer, createTrainersFrom, createWaveOfCohorts, deactivateAllTrainers, markUnavailable, setSchedulingRules,
} from '../../support/assignment-factories'
import { expectAppError, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))
// Each test knows exactly which trainers exist for the proposal.
beforeEach(deactivateAllTrainers)

const proposedIds = (view: WaveProposalView) => view.cohorts.flatMap((c) => c.proposed.map((p) => p.trainerId))
const cohortOf = (view: WaveProposalView, cohortId: string) => view.cohorts.find((c) => c.cohortId === cohortId)!

/** Proposes, and checks that proposing wrote nothing. */
async function propose(waveId: string, actor = admin) {
  const before = await assignmentRowCounts()
  const view = await proposeWaveAssignments(actor, waveId)
  expect(await assignmentRowCounts()).toEqual(before)
  return view
}

describe('proposeWaveAssignments', () => {
  it('gives every cohort the required 5 trainers, one LEAD each, from its home province first', async () => {
    const dates = { start: '2024-05-20', end: '2024-05-23' }
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '51', ...dates }, { provinceCode: '91', ...dates }])
    const home = { '32': await createTrainersFrom('32', 5), '51': await createTrainersFrom('51', 5), '91': await createTrainersFrom('91', 5) }
    const others = await createTrainersFrom('11', 3)

    const view = await propose(waveId)
    expect(view.proposedCount).toBe(15)
    expect(view.token).toEqual(expect.any(String))
    expect(view.cohorts.map((c) => [c.cohortId, c.name, c.provinceName, c.label])).toEqual([
      [cohorts[0].id, 'Kelas Jawa Barat', 'Jawa Barat', 'Kelas Jawa Barat (20–23 Mei 2024)'],
      [cohorts[1].id, 'Kelas Bali', 'Bali', 'Kelas Bali (20–23 Mei 2024)'],
      [cohorts[2].id, 'Kelas Papua', 'Papua', 'Kelas Papua (20–23 Mei 2024)'],
    ])
    for (const cohort of cohorts) {
      const card = cohortOf(view, cohort.id)
      expect(card.unfilled).toBeNull()
      expect(card.proposed.map((p) => p.role).sort()).toEqual(['LEAD', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT'])
      expect(card.proposed[0].role).toBe('LEAD')
      const expected = home[cohort.provinceCode as keyof typeof home]
      expect(card.proposed.map((p) => p.trainerId).sort()).toEqual(expected.map((t) => t.id).sort())
      expect(card.proposed.every((p) => p.isHome && p.homeProvinceName === card.provinceName)).toBe(true)
      expect(card.proposed.map((p) => p.name).sort()).toEqual(expected.map((t) => t.name).sort())
    }
    // Same dates everywhere: nobody twice, and the three from Aceh are left over.
    expect(new Set(proposedIds(view)).size).toBe(15)
    for (const t of others) expect(proposedIds(view)).not.toContain(t.id)
  })

  it('takes the same island group before other regions when the home province has too few', async () => {
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '33', start: '2024-06-10', end: '2024-06-13' }])
    const [jateng, java, bali, sumatra] = [await createTrainersFrom('33', 2), await createTrainersFrom('35', 3), await createTrainersFrom('51', 2), await createTrainersFrom('12', 2)]
    const view = await propose(waveId)
    const card = cohortOf(view, cohorts[0].id)
    expect(card.proposed.map((p) => p.trainerId).sort()).toEqual([...jateng, ...java].map((t) => t.id).sort())
    expect(card.proposed.filter((p) => p.isHome).map((p) => p.trainerId).sort()).toEqual(jateng.map((t) => t.id).sort())
    expect(card.proposed[0]).toMatchObject({ role: 'LEAD', isHome: true })
    for (const t of [...bali, ...sumatra]) expect(proposedIds(view)).not.toContain(t.id)
  })

  it('counts Kepulauan Riau with Sumatra as one island group, both ways', async () => {
    const dates = { start: '2024-06-17', end: '2024-06-20' }
    // Java's trainers are created first, so an arbitrary tie-break (by id) would favour them.
    const java = await createTrainersFrom('32', 5)
    const sumatra = await createTrainersFrom('12', 3)
    const kepri = await createWaveOfCohorts([{ provinceCode: '21', ...dates }])
    const toKepri = await propose(kepri.waveId)
    expect(proposedIds(toKepri)).toEqual(expect.arrayContaining(sumatra.map((t) => t.id)))
    expect(proposedIds(toKepri).filter((id) => java.some((t) => t.id === id))).toHaveLength(2)

    await deactivateAllTrainers()
    await createTrainersFrom('32', 3)
    const fromKepri = await createTrainersFrom('21', 2)
    const aceh = await createWaveOfCohorts([{ provinceCode: '11', ...dates }])
    const sumatraProposal = cohortOf(await propose(aceh.waveId), aceh.cohorts[0].id)
    expect(sumatraProposal.proposed.slice(0, 2).map((p) => p.trainerId).sort()).toEqual(fromKepri.map((t) => t.id).sort())
  })

  it('never proposes a trainer who is busy, unavailable, too far away or inactive, nor anyone twice on one date', async () => {
    const dates = { start: '2024-07-01', end: '2024-07-04' }
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '33', ...dates }])
    const free = [...await createTrainersFrom('32', 4), ...await createTrainersFrom('33', 3)]
    const unavailable = await createNamedTrainer('32')
    await markUnavailable(unavailable.id, '2024-07-04', '2024-07-06', 'Cuti')
    const elsewhere = await createWave((await createProgram()).id)
    const busy = await createNamedTrainer('32')
    await assignTrainer(busy.id, (await createCohort(elsewhere.id, '32', { start: '2024-06-28', end: '2024-07-01' })).id)
    const travelling = await createNamedTrainer('33')
    await assignTrainer(travelling.id, (await createCohort(elsewhere.id, '51', { start: '2024-06-27', end: '2024-06-30' })).id)
    const inactive = await createNamedTrainer('32', { active: false })

    const view = await propose(waveId)
    expect(proposedIds(view).sort()).toEqual(free.map((t) => t.id).sort())
    for (const blocked of [unavailable, busy, travelling, inactive]) expect(proposedIds(view)).not.toContain(blocked.id)
    // Seven trainers for ten places: the shortage is spread over both cohorts, each with its LEAD.
    const [jabar, jateng] = cohorts.map((c) => cohortOf(view, c.id))
    expect([jabar.proposed.length, jateng.proposed.length]).toEqual([4, 3])
    expect([jabar.unfilled?.missing, jateng.unfilled?.missing]).toEqual([1, 2])
    expect([jabar.proposed[0].role, jateng.proposed[0].role]).toEqual(['LEAD', 'LEAD'])
    expect(jabar.unfilled?.reasons).toEqual(['4 dari 5 pelatih terisi: 4 pelatih bertugas di kelas lain pada tanggal itu, 1 tidak tersedia, 1 terhalang waktu perjalanan.'])
  })

  it('reports each unfilled cohort with how many are missing and why, spreading a shortage', async () => {
    const dates = { start: '2024-08-05', end: '2024-08-08' }
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '51', ...dates }])
    const [jabarTrainers, baliTrainer] = [await createTrainersFrom('32', 2), await createNamedTrainer('51')]
    await markUnavailable((await createNamedTrainer('32')).id, '2024-08-01', '2024-08-31', 'Tugas kantor')
    const elsewhere = await createWave((await createProgram()).id)
    await assignTrainer((await createNamedTrainer('11')).id, (await createCohort(elsewhere.id, '11', { start: '2024-08-01', end: '2024-08-04' })).id)

    const view = await propose(waveId)
    const [jabar, bali] = cohorts.map((c) => cohortOf(view, c.id))
    expect(jabar.proposed.map((p) => p.trainerId).sort()).toEqual(jabarTrainers.map((t) => t.id).sort())
    expect(bali.proposed).toEqual([expect.objectContaining({ trainerId: baliTrainer.id, role: 'LEAD', isHome: true })])
    expect(jabar.unfilled).toEqual({
      missing: 3,
      reasons: ['2 dari 5 pelatih terisi: 1 pelatih bertugas di kelas lain pada tanggal itu, 1 tidak tersedia, 1 terhalang waktu perjalanan.'],
    })
    expect(bali.unfilled).toEqual({
      missing: 4,
      reasons: ['1 dari 5 pelatih terisi: 2 pelatih bertugas di kelas lain pada tanggal itu, 1 tidak tersedia, 1 terhalang waktu perjalanan.'],
    })
  })

  it('says when a cohort gets nobody at all, and then offers nothing to apply', async () => {
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '94', start: '2024-09-02', end: '2024-09-05' }])
    await markUnavailable((await createNamedTrainer('94')).id, '2024-09-05', '2024-09-05', null)
    const view = await propose(waveId)
    expect(view).toEqual({
      token: null,
      proposedCount: 0,
      cohorts: [expect.objectContaining({
        cohortId: cohorts[0].id, proposed: [],
        unfilled: { missing: 5, reasons: ['0 dari 5 pelatih terisi: 1 pelatih tidak tersedia.', 'Belum ada pelatih utama.'] },
      })],
    })
    await deactivateAllTrainers()
    expect(cohortOf(await propose(waveId), cohorts[0].id).unfilled?.reasons).toEqual([
      '0 dari 5 pelatih terisi: tidak ada pelatih lain yang terdaftar.', 'Belum ada pelatih utama.',
    ])
  })

  it('completes a partly staffed cohort without a second LEAD, and skips full and cancelled cohorts', async () => {
    const dates = { start: '2024-10-07', end: '2024-10-10' }
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '33', ...dates }, { provinceCode: '35', ...dates }])
    const [partly, full, cancelled] = cohorts
    const [lead, support] = await createTrainersFrom('32', 2)
    await assignTrainer(lead.id, partly.id, 'LEAD')
    await assignTrainer(support.id, partly.id, 'SUPPORT')
    for (const [i, t] of (await createTrainersFrom('33', 5)).entries()) await assignTrainer(t.id, full.id, i ? 'SUPPORT' : 'LEAD')
    await testDb().cohort.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
    const spare = await createTrainersFrom('35', 4)

    const view = await propose(waveId)
    expect(view.cohorts.map((c) => c.cohortId)).toEqual([partly.id])
    expect(view.cohorts[0].proposed.map((p) => p.role)).toEqual(['SUPPORT', 'SUPPORT', 'SUPPORT'])
    expect(view.cohorts[0].unfilled).toBeNull()
    expect(spare.map((t) => t.id)).toEqual(expect.arrayContaining(proposedIds(view)))
  })

  it('balances the load: a trainer booked in earlier waves gives way to one who is not', async () => {
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', start: '2024-11-04', end: '2024-11-07' }])
    const [busyHome, ...freeHome] = await createTrainersFrom('32', 5)
    const away = await createNamedTrainer('12')
    const earlier = await createWave((await createProgram()).id)
    await assignTrainer(busyHome.id, (await createCohort(earlier.id, '32', { start: '2024-10-14', end: '2024-10-17' })).id)
    const view = await propose(waveId)
    const card = cohortOf(view, cohorts[0].id)
    expect(card.proposed.map((p) => p.trainerId).sort()).toEqual([...freeHome, away].map((t) => t.id).sort())
    expect(card.proposed.find((p) => p.trainerId === away.id)).toMatchObject({ isHome: false, homeProvinceName: 'Sumatera Utara' })
  })

  describe('with 2 trainers per cohort in the settings', () => {
    afterEach(() => setSchedulingRules(admin))

    it('proposes 2 a cohort', async () => {
      await setSchedulingRules(admin, { trainersPerCohort: 2 })
      const dates = { start: '2024-12-02', end: '2024-12-05' }
      const { waveId } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '51', ...dates }])
      await createTrainersFrom('32', 3)
      await createTrainersFrom('51', 3)
      const view = await propose(waveId)
      expect(view.proposedCount).toBe(4)
      expect(view.cohorts.map((c) => [c.proposed.map((p) => [p.role, p.isHome]), c.unfilled])).toEqual([
        [[['LEAD', true], ['SUPPORT', true]], null],
        [[['LEAD', true], ['SUPPORT', true]], null],
      ])
    })
  })

  it('reports an unknown or malformed wave as not found', async () => {
    await expectAppError(proposeWaveAssignments(admin, '01900000-0000-7000-8000-000000000000'), 'NOT_FOUND', 'Gelombang tidak ditemukan.')
    await expectAppError(proposeWaveAssignments(admin, 'bukan-id'), 'NOT_FOUND', 'Gelombang tidak ditemukan.')
  })

  it('refuses Operator Provinsi and Pelatih Ahli, writing nothing', async () => {
    const { waveId } = await createWaveOfCohorts([{ provinceCode: '32', start: '2025-01-06', end: '2025-01-09' }])
    await createTrainersFrom('32', 5)
    const before = await assignmentRowCounts()
    for (const actor of refused) await expectAppError(proposeWaveAssignments(actor, waveId), 'FORBIDDEN')
    expect(await assignmentRowCounts()).toEqual(before)
  })
})
