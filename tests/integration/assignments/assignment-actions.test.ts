// The three server actions around the domain functions: the form's answer (message, field errors,
// submitted values), the revalidation and the redirect. The session is stubbed with the actor a
// signed-in request would carry; everything below it is real.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { applyWaveProposalAction } from '@/lib/actions/apply-wave-proposal'
import { createAssignmentAction } from '@/lib/actions/create-assignment'
import { deleteAssignmentAction } from '@/lib/actions/delete-assignment'
import { initialActionState } from '@/lib/actions/action-state-types'
import { proposeWaveAssignments } from '@/lib/server/assignments/propose-wave-assignments'
import { getActor } from '@/lib/server/auth/session'
import { revalidatePath } from 'next/cache'
import { testDb } from '../../support/database'
import { assignTrainer } from '../../support/factories'
import { assignmentRowCounts, createNamedTrainer, createTrainersFrom, createWaveOfCohorts, deactivateAllTrainers } from '../../support/assignment-factories'
import { schedulingActors } from '../../support/scheduling-factories'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))
vi.mock('next/navigation', () => ({
  redirect: vi.fn((url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`)
  }),
}))

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))
beforeEach(() => {
  vi.mocked(revalidatePath).mockClear()
  vi.mocked(getActor).mockReset()
})

const signedInAs = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor)
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}
const FORBIDDEN = { status: 'error', message: 'Anda tidak berwenang mengakses data ini.' }

describe('createAssignmentAction and deleteAssignmentAction', () => {
  it('assign and release as Admin Pusat, revalidating the pages', async () => {
    const { cohorts } = await createWaveOfCohorts([{ provinceCode: '32', start: '2024-05-20', end: '2024-05-23' }])
    const trainer = await createNamedTrainer('32')
    signedInAs(admin)
    expect(await createAssignmentAction(initialActionState, form({ cohortId: cohorts[0].id, trainerId: trainer.id, role: 'LEAD' })))
      .toEqual({ status: 'success', message: 'Pelatih ditugaskan.' })
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout')
    const row = await testDb().trainerAssignment.findFirstOrThrow({ where: { cohortId: cohorts[0].id }, select: { id: true, role: true } })
    expect(row.role).toBe('LEAD')

    expect(await deleteAssignmentAction(initialActionState, form({ assignmentId: row.id }))).toEqual({ status: 'success', message: 'Pelatih dilepas dari kelas.' })
    expect(await testDb().trainerAssignment.count({ where: { id: row.id } })).toBe(0)
  })

  it('give a refusal back to the form with its reasons and the submitted values, revalidating nothing', async () => {
    const dates = { start: '2024-06-03', end: '2024-06-06' }
    const { cohorts } = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '51', ...dates }])
    const trainer = await createNamedTrainer('32')
    await assignTrainer(trainer.id, cohorts[0].id)
    signedInAs(admin)
    const fields = { cohortId: cohorts[1].id, trainerId: trainer.id, role: 'SUPPORT' }
    const reason = 'Pelatih sudah bertugas di Kelas Jawa Barat (3–6 Juni 2024) pada tanggal yang beririsan.'
    expect(await createAssignmentAction(initialActionState, form(fields))).toEqual({
      status: 'error', message: `Pelatih tidak dapat ditugaskan. ${reason}`, fieldErrors: { trainerId: [reason] }, values: fields,
    })
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('refuse a signed-out visitor, Operator Provinsi and Pelatih Ahli, writing nothing', async () => {
    const { cohorts } = await createWaveOfCohorts([{ provinceCode: '32', start: '2024-07-01', end: '2024-07-04' }])
    const trainer = await createNamedTrainer('32')
    const existing = await assignTrainer((await createNamedTrainer('32')).id, cohorts[0].id, 'LEAD')
    const before = await assignmentRowCounts()
    signedInAs(null)
    expect(await createAssignmentAction(initialActionState, form({ cohortId: cohorts[0].id, trainerId: trainer.id, role: 'SUPPORT' })))
      .toMatchObject({ status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' })
    for (const actor of refused) {
      signedInAs(actor)
      expect(await createAssignmentAction(initialActionState, form({ cohortId: cohorts[0].id, trainerId: trainer.id, role: 'SUPPORT' }))).toMatchObject(FORBIDDEN)
      expect(await deleteAssignmentAction(initialActionState, form({ assignmentId: existing.id }))).toMatchObject(FORBIDDEN)
    }
    expect(await assignmentRowCounts()).toEqual(before)
    expect(revalidatePath).not.toHaveBeenCalled()
  })
})

describe('applyWaveProposalAction', () => {
  beforeEach(deactivateAllTrainers)

  async function proposal() {
    const { waveId, cohorts } = await createWaveOfCohorts([{ provinceCode: '33', start: '2024-08-05', end: '2024-08-08' }])
    await createTrainersFrom('33', 5)
    const view = await proposeWaveAssignments(admin, waveId)
    return { waveId, cohortId: cohorts[0].id, token: view.token! }
  }

  it('applies the proposal and goes back to the wave\'s assignment page with the count', async () => {
    const { waveId, cohortId, token } = await proposal()
    signedInAs(admin)
    await expect(applyWaveProposalAction(initialActionState, form({ waveId, token }))).rejects.toThrow(`NEXT_REDIRECT /admin/gelombang/${waveId}/penugasan?diterapkan=5`)
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout')
    expect(await testDb().trainerAssignment.count({ where: { cohortId } })).toBe(5)
  })

  it('answers a stale proposal on the form, without redirecting', async () => {
    const { waveId, cohortId, token } = await proposal()
    await assignTrainer((await createNamedTrainer('33')).id, cohortId, 'LEAD')
    signedInAs(admin)
    expect(await applyWaveProposalAction(initialActionState, form({ waveId, token }))).toMatchObject({
      status: 'error', message: 'Data penugasan sudah berubah sejak usulan dibuat. Tidak ada yang disimpan. Buat usulan baru, lalu terapkan lagi.',
    })
    expect(await testDb().trainerAssignment.count({ where: { cohortId } })).toBe(1)
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('refuses Operator Provinsi and Pelatih Ahli, writing nothing', async () => {
    const { waveId, token } = await proposal()
    const before = await assignmentRowCounts()
    for (const actor of refused) {
      signedInAs(actor)
      expect(await applyWaveProposalAction(initialActionState, form({ waveId, token }))).toMatchObject(FORBIDDEN)
    }
    expect(await assignmentRowCounts()).toEqual(before)
  })
})
