// Applying a reviewed proposal: exactly the proposal is written, with an audit row each, in one
// step; a proposal that went stale in any way is refused as a whole and nothing is written.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { applyWaveProposal } from '@/lib/server/assignments/apply-wave-proposal'
import { createAssignment } from '@/lib/server/assignments/create-assignment'
import { deleteAssignment } from '@/lib/server/assignments/delete-assignment'
import { getWaveAssignmentBoard } from '@/lib/server/assignments/get-wave-assignment-board'
import { proposeWaveAssignments, type WaveProposalView } from '@/lib/server/assignments/propose-wave-assignments'
import { testDb } from '../../support/database'
import { createCohort, createProgram, createUser, createWave } from '../../support/factories'
import {
  assignmentRowCounts, assignmentsOf, compareAssignments, createNamedTrainer, createTrainersFrom, createWaveOfCohorts, deactivateAllTrainers, markUnavailable,
} from '../../support/assignment-factories'
import { expectAppError, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))
beforeEach(deactivateAllTrainers)

const STALE = 'Data penugasan sudah berubah sejak usulan dibuat. Tidak ada yang disimpan. Buat usulan baru, lalu terapkan lagi.'
const INVALID = 'Usulan tidak berlaku lagi. Buat usulan baru, lalu terapkan lagi.'

const triples = (view: WaveProposalView) =>
  view.cohorts.flatMap((c) => c.proposed.map((p) => ({ cohortId: c.cohortId, trainerId: p.trainerId, role: p.role }))).sort(compareAssignments)

/** Two cohorts on the same dates (Jawa Barat, Bali), 5 trainers from each, and the proposal for them. */
async function proposedRound(start: string, end: string) {
  const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '32', start, end }, { provinceCode: '51', start, end }])
  const trainers = [...await createTrainersFrom('32', 5), ...await createTrainersFrom('51', 5)]
  const view = await proposeWaveAssignments(admin, waveId)
  expect(view.proposedCount).toBe(10)
  const cohortIds = cohorts.map((c) => c.id)
  return { waveId, cohortIds, trainers, view, token: view.token! }
}

/** Expects the stale refusal and that nothing at all was written. */
async function expectStale(call: () => Promise<unknown>, cohortIds: string[], message = STALE) {
  const before = await assignmentRowCounts()
  const assigned = await assignmentsOf(cohortIds)
  await expectAppError(call(), message === STALE ? 'CONFLICT' : 'VALIDATION', message)
  expect(await assignmentRowCounts()).toEqual(before)
  expect(await assignmentsOf(cohortIds)).toEqual(assigned)
}

describe('applyWaveProposal', () => {
  it('writes exactly the proposal, with an audit row each, and then there is nothing left to propose', async () => {
    const { waveId, cohortIds, view, token } = await proposedRound('2024-05-20', '2024-05-23')
    const before = await assignmentRowCounts()
    expect(await applyWaveProposal(admin, { waveId, token })).toEqual({ created: 10 })

    const written = await assignmentsOf(cohortIds)
    expect(written).toEqual(triples(view))
    expect(await assignmentRowCounts()).toEqual({ ...before, assignments: before.assignments + 10, audit: before.audit + 10 })
    const audit = await testDb().auditLog.findMany({ where: { entity: 'TrainerAssignment', action: 'create', actorId: admin.userId }, select: { after: true } })
    const fromProposal = audit.map((a) => a.after as { cohortId: string; trainerId: string; role: string; source?: string }).filter((a) => a.source === 'usulan-otomatis')
    expect(fromProposal.map(({ cohortId, trainerId, role }) => ({ cohortId, trainerId, role })).sort(compareAssignments)).toEqual(written)

    const board = await getWaveAssignmentBoard(admin, waveId)
    expect(board.wave.cohorts.map((c) => c.assignments.map((a) => a.role))).toEqual([
      ['LEAD', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT'], ['LEAD', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT'],
    ])
    expect(await proposeWaveAssignments(admin, waveId)).toEqual({ token: null, proposedCount: 0, cohorts: [] })
  })

  it('fills only what a partly staffed wave still needs', async () => {
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '33', start: '2024-06-03', end: '2024-06-06' }])
    const [lead, ...others] = await createTrainersFrom('33', 6)
    await createAssignment(admin, { cohortId: cohorts[0].id, trainerId: lead.id, role: 'LEAD' })
    const view = await proposeWaveAssignments(admin, waveId)
    expect(await applyWaveProposal(admin, { waveId, token: view.token })).toEqual({ created: 4 })
    const written = await assignmentsOf([cohorts[0].id])
    expect(written.filter((a) => a.role === 'LEAD').map((a) => a.trainerId)).toEqual([lead.id])
    expect(written).toHaveLength(5)
    expect(others.map((t) => t.id)).toEqual(expect.arrayContaining(written.filter((a) => a.role === 'SUPPORT').map((a) => a.trainerId)))
  })

  it('refuses the same proposal a second time', async () => {
    const { waveId, cohortIds, token } = await proposedRound('2024-06-10', '2024-06-13')
    await applyWaveProposal(admin, { waveId, token })
    await expectStale(() => applyWaveProposal(admin, { waveId, token }), cohortIds)
  })

  it('refuses entirely when a proposed trainer was booked elsewhere on those dates since', async () => {
    const { waveId, cohortIds, view, token } = await proposedRound('2024-07-01', '2024-07-04')
    // Another program's cohort: the wave itself is unchanged, only the trainer's calendar is.
    const elsewhere = await createCohort((await createWave((await createProgram()).id)).id, '32', { start: '2024-07-04', end: '2024-07-06' })
    const taken = view.cohorts[1].proposed[3].trainerId
    await createAssignment(admin, { cohortId: elsewhere.id, trainerId: taken, role: 'LEAD' })
    await expectStale(() => applyWaveProposal(admin, { waveId, token }), cohortIds)
    expect(await assignmentsOf(cohortIds)).toEqual([])
  })

  it('refuses entirely when a proposed trainer now lacks the travel gap, became unavailable or was deactivated', async () => {
    const travel = await proposedRound('2024-08-05', '2024-08-08')
    const papua = await createCohort((await createWave((await createProgram()).id)).id, '91', { start: '2024-08-09', end: '2024-08-11' })
    await createAssignment(admin, { cohortId: papua.id, trainerId: travel.view.cohorts[0].proposed[0].trainerId, role: 'LEAD' })
    await expectStale(() => applyWaveProposal(admin, { waveId: travel.waveId, token: travel.token }), travel.cohortIds)

    await deactivateAllTrainers()
    const away = await proposedRound('2024-09-02', '2024-09-05')
    await markUnavailable(away.trainers[7].id, '2024-09-05', '2024-09-06', 'Sakit')
    await expectStale(() => applyWaveProposal(admin, { waveId: away.waveId, token: away.token }), away.cohortIds)

    await deactivateAllTrainers()
    const gone = await proposedRound('2024-10-07', '2024-10-10')
    await testDb().trainer.update({ where: { id: gone.trainers[2].id }, data: { active: false } })
    await expectStale(() => applyWaveProposal(admin, { waveId: gone.waveId, token: gone.token }), gone.cohortIds)
  })

  it('refuses entirely when the wave changed since: an assignment added or removed, a cohort cancelled or moved', async () => {
    const added = await proposedRound('2024-11-04', '2024-11-07')
    const extra = await createNamedTrainer('32')
    await createAssignment(admin, { cohortId: added.cohortIds[0], trainerId: extra.id, role: 'SUPPORT' })
    await expectStale(() => applyWaveProposal(admin, { waveId: added.waveId, token: added.token }), added.cohortIds)
    // Removing it again restores exactly the data the proposal was made from: then it applies.
    const row = await testDb().trainerAssignment.findFirstOrThrow({ where: { cohortId: added.cohortIds[0], trainerId: extra.id }, select: { id: true } })
    await deleteAssignment(admin, { assignmentId: row.id })
    expect(await applyWaveProposal(admin, { waveId: added.waveId, token: added.token })).toEqual({ created: 10 })

    await deactivateAllTrainers()
    const cancelled = await proposedRound('2024-12-02', '2024-12-05')
    await testDb().cohort.update({ where: { id: cancelled.cohortIds[1] }, data: { status: 'CANCELLED' } })
    await expectStale(() => applyWaveProposal(admin, { waveId: cancelled.waveId, token: cancelled.token }), cancelled.cohortIds)

    await deactivateAllTrainers()
    const moved = await proposedRound('2025-01-06', '2025-01-09')
    await testDb().cohort.update({ where: { id: moved.cohortIds[0] }, data: { startDate: new Date('2025-01-07') } })
    await expectStale(() => applyWaveProposal(admin, { waveId: moved.waveId, token: moved.token }), moved.cohortIds)
  })

  it('lets exactly one of a proposal and a conflicting manual assignment made at the same moment through', async () => {
    const { waveId, cohortIds, view, token } = await proposedRound('2025-02-03', '2025-02-06')
    const elsewhere = await createCohort((await createWave((await createProgram()).id)).id, '51', { start: '2025-02-05', end: '2025-02-08' })
    const trainerId = view.cohorts[1].proposed[0].trainerId
    const [applied, manual] = await Promise.allSettled([
      applyWaveProposal(admin, { waveId, token }),
      createAssignment(admin, { cohortId: elsewhere.id, trainerId, role: 'LEAD' }),
    ])
    expect([applied.status, manual.status].sort()).toEqual(['fulfilled', 'rejected'])
    const wave = await assignmentsOf(cohortIds)
    const other = await assignmentsOf([elsewhere.id])
    if (applied.status === 'fulfilled') expect([wave.length, other.length]).toEqual([10, 0])
    else expect([wave.length, other.length, applied.reason.message]).toEqual([0, 1, STALE])
  })

  it('refuses a token that is missing, tampered with, for another wave or made for another admin', async () => {
    const { waveId, cohortIds, token } = await proposedRound('2025-03-03', '2025-03-06')
    const missing = await expectAppError(applyWaveProposal(admin, { waveId, token: '' }), 'VALIDATION')
    expect(missing.fieldErrors).toEqual({ token: ['Buat usulan terlebih dahulu.'] })
    const malformed = await expectAppError(applyWaveProposal(admin, { waveId: 'x', token }), 'VALIDATION')
    expect(malformed.fieldErrors).toEqual({ waveId: ['Gelombang tidak valid.'] })
    const [body, signature] = token.split('.')
    const tampered = `${body.slice(0, -2)}${body.endsWith('AA') ? 'AB' : 'AA'}.${signature}`
    await expectStale(() => applyWaveProposal(admin, { waveId, token: tampered }), cohortIds, INVALID)
    const otherWave = (await createWaveOfCohorts([{ provinceCode: '32', start: '2025-03-03', end: '2025-03-06' }])).waveId
    await expectStale(() => applyWaveProposal(admin, { waveId: otherWave, token }), cohortIds, INVALID)
    const otherAdmin = (await createUser('ADMIN_PUSAT')).actor
    await expectStale(() => applyWaveProposal(otherAdmin, { waveId, token }), cohortIds, INVALID)
  })

  it('refuses Operator Provinsi and Pelatih Ahli, even with a valid proposal, writing nothing', async () => {
    const { waveId, cohortIds, token } = await proposedRound('2025-04-07', '2025-04-10')
    const before = await assignmentRowCounts()
    for (const actor of refused) await expectAppError(applyWaveProposal(actor, { waveId, token }), 'FORBIDDEN')
    expect(await assignmentRowCounts()).toEqual(before)
    expect(await assignmentsOf(cohortIds)).toEqual([])
  })
})
