// Assigning one trainer to one cohort, and removing them: every refusal says why in Indonesian and
// writes nothing; a success writes the assignment and its audit row.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { createAssignment } from '@/lib/server/assignments/create-assignment'
import { deleteAssignment } from '@/lib/server/assignments/delete-assignment'
import { getWaveAssignmentBoard } from '@/lib/server/assignments/get-wave-assignment-board'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createProgram, createUser, createWave } from '../../support/factories'
import { assignmentRowCounts, createNamedTrainer, markUnavailable, setSchedulingRules } from '../../support/assignment-factories'
import { expectAppError, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let operator: Actor
let pelatih: Actor
let waveId: string
beforeAll(async () => {
  ;({ admin, operator, pelatih } = await schedulingActors())
  waveId = (await createWave((await createProgram()).id)).id
})

// Cohorts of the default wave: 19–23 May 2024 unless given.
const cohortIn = (provinceCode: string, start = '2024-05-19', end = '2024-05-23') => createCohort(waveId, provinceCode, { start, end })

const input = (cohortId: string, trainerId: string, role: 'LEAD' | 'SUPPORT' = 'SUPPORT') => ({ cohortId, trainerId, role })

/** Expects the refusal with exactly these reasons, and that nothing was written. */
async function expectRefused(call: () => Promise<unknown>, reasons: string[]) {
  const before = await assignmentRowCounts()
  const error = await expectAppError(call(), 'CONFLICT')
  expect(error.message).toBe(`Pelatih tidak dapat ditugaskan. ${reasons.join(' ')}`)
  expect(error.fieldErrors).toEqual({ trainerId: reasons })
  expect(await assignmentRowCounts()).toEqual(before)
}

describe('createAssignment', () => {
  it('assigns a LEAD and a SUPPORT, each with an audit row naming the admin', async () => {
    const cohort = await cohortIn('32')
    const [lead, support] = [await createNamedTrainer('32'), await createNamedTrainer('51')]
    const before = await assignmentRowCounts()

    const first = await createAssignment(admin, input(cohort.id, lead.id, 'LEAD'))
    expect(first).toEqual({ id: expect.any(String), trainerId: lead.id, cohortId: cohort.id, role: 'LEAD' })
    const second = await createAssignment(admin, input(cohort.id, support.id, 'SUPPORT'))
    expect(second).toMatchObject({ trainerId: support.id, cohortId: cohort.id, role: 'SUPPORT' })

    const rows = await testDb().trainerAssignment.findMany({ where: { cohortId: cohort.id }, orderBy: { role: 'asc' }, select: { id: true, trainerId: true, role: true } })
    expect(rows).toEqual([{ id: first.id, trainerId: lead.id, role: 'LEAD' }, { id: second.id, trainerId: support.id, role: 'SUPPORT' }])
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'TrainerAssignment', entityId: first.id } })
    expect(audit).toMatchObject({ action: 'create', actorId: admin.userId, actorRole: 'ADMIN_PUSAT', after: first, before: null })
    expect(await assignmentRowCounts()).toEqual({ ...before, assignments: before.assignments + 2, audit: before.audit + 2 })

    const board = await getWaveAssignmentBoard(admin, waveId)
    const card = board.wave.cohorts.find((c) => c.id === cohort.id)!
    expect(card.assignments.map((a) => [a.role, a.trainer.id])).toEqual([['LEAD', lead.id], ['SUPPORT', support.id]])
  })

  it('refuses a second LEAD, naming the current one, but takes the trainer as SUPPORT', async () => {
    const cohort = await cohortIn('33')
    const [lead, other] = [await createNamedTrainer('33'), await createNamedTrainer('33')]
    await createAssignment(admin, input(cohort.id, lead.id, 'LEAD'))
    await expectRefused(() => createAssignment(admin, input(cohort.id, other.id, 'LEAD')), [
      `Kelas Jawa Tengah sudah memiliki pelatih utama (${lead.name}). Tugaskan sebagai pendamping, atau lepaskan pelatih utama lebih dulu.`,
    ])
    await expect(createAssignment(admin, input(cohort.id, other.id, 'SUPPORT'))).resolves.toMatchObject({ role: 'SUPPORT' })
  })

  it('refuses a cohort whose dates overlap another of the trainer\'s cohorts, in any wave or program', async () => {
    const otherWave = await createWave((await createProgram()).id)
    const taken = await createCohort(otherWave.id, '32', { start: '2024-06-03', end: '2024-06-06' })
    const trainer = await createNamedTrainer('32')
    await assignTrainer(trainer.id, taken.id)
    // Inclusive dates: ending on the first day of the other cohort is an overlap.
    for (const [start, end] of [['2024-06-05', '2024-06-08'], ['2024-05-31', '2024-06-03'], ['2024-06-04', '2024-06-04']]) {
      const cohort = await cohortIn('32', start, end)
      await expectRefused(() => createAssignment(admin, input(cohort.id, trainer.id)), [
        'Pelatih sudah bertugas di Kelas Jawa Barat (3–6 Juni 2024) pada tanggal yang beririsan.',
      ])
    }
  })

  it('refuses dates the trainer marked unavailable, quoting the reason', async () => {
    const trainer = await createNamedTrainer('35')
    await markUnavailable(trainer.id, '2024-07-02', '2024-07-03', 'Cuti tahunan')
    await markUnavailable(trainer.id, '2024-07-20', '2024-07-20')
    const cohort = await cohortIn('35', '2024-07-01', '2024-07-04')
    await expectRefused(() => createAssignment(admin, input(cohort.id, trainer.id)), ['Pelatih tidak tersedia pada 2–3 Juli 2024 (Cuti tahunan).'])
    const later = await cohortIn('35', '2024-07-18', '2024-07-21')
    await expectRefused(() => createAssignment(admin, input(later.id, trainer.id)), ['Pelatih tidak tersedia pada 20 Juli 2024.'])
    // The days in between are free.
    const between = await cohortIn('35', '2024-07-08', '2024-07-11')
    await expect(createAssignment(admin, input(between.id, trainer.id))).resolves.toMatchObject({ trainerId: trainer.id })
  })

  it('requires the travel gap between cohorts in different provinces, not within one', async () => {
    const trainer = await createNamedTrainer('32')
    const jabar = await cohortIn('32', '2024-08-05', '2024-08-08')
    await createAssignment(admin, input(jabar.id, trainer.id))
    const bali = await cohortIn('51', '2024-08-09', '2024-08-12')
    await expectRefused(() => createAssignment(admin, input(bali.id, trainer.id)), [
      'Pelatih bertugas di Kelas Jawa Barat (5–8 Agustus 2024) di provinsi lain: perlu jeda perjalanan minimal 1 hari, sedangkan tidak ada hari kosong di antaranya.',
    ])
    // The day after in the same province is fine; one free day before another province is too.
    const jabarAgain = await cohortIn('32', '2024-08-09', '2024-08-12')
    await expect(createAssignment(admin, input(jabarAgain.id, trainer.id))).resolves.toMatchObject({ cohortId: jabarAgain.id })
    const papua = await cohortIn('91', '2024-08-14', '2024-08-16')
    await expect(createAssignment(admin, input(papua.id, trainer.id))).resolves.toMatchObject({ cohortId: papua.id })
  })

  describe('with a travel gap of 2 days in the settings', () => {
    afterEach(() => setSchedulingRules(admin))

    it('refuses one free day, counts it in the message, and accepts two', async () => {
      await setSchedulingRules(admin, { travelGapDays: 2 })
      const trainer = await createNamedTrainer('61')
      await createAssignment(admin, input((await cohortIn('61', '2024-09-02', '2024-09-05')).id, trainer.id))
      const sulsel = await cohortIn('73', '2024-09-07', '2024-09-10')
      await expectRefused(() => createAssignment(admin, input(sulsel.id, trainer.id)), [
        'Pelatih bertugas di Kelas Kalimantan Barat (2–5 September 2024) di provinsi lain: perlu jeda perjalanan minimal 2 hari, sedangkan hanya ada 1 hari kosong.',
      ])
      const later = await cohortIn('73', '2024-09-08', '2024-09-10')
      await expect(createAssignment(admin, input(later.id, trainer.id))).resolves.toMatchObject({ cohortId: later.id })
    })
  })

  it('gives every reason at once when several rules refuse', async () => {
    const trainer = await createNamedTrainer('32')
    await createAssignment(admin, input((await cohortIn('32', '2024-10-01', '2024-10-03')).id, trainer.id))
    await markUnavailable(trainer.id, '2024-10-04', '2024-10-04', 'Sakit')
    const bali = await cohortIn('51', '2024-10-03', '2024-10-05')
    await expectRefused(() => createAssignment(admin, input(bali.id, trainer.id)), [
      'Pelatih sudah bertugas di Kelas Jawa Barat (1–3 Oktober 2024) pada tanggal yang beririsan.',
      'Pelatih tidak tersedia pada 4 Oktober 2024 (Sakit).',
    ])
  })

  it('names the current LEAD together with a date conflict, so the advice to take SUPPORT is not a dead end', async () => {
    const cohort = await cohortIn('32', '2024-10-14', '2024-10-17')
    const [lead, busy] = [await createNamedTrainer('32'), await createNamedTrainer('32')]
    await createAssignment(admin, input(cohort.id, lead.id, 'LEAD'))
    await createAssignment(admin, input((await cohortIn('32', '2024-10-17', '2024-10-18')).id, busy.id))
    await expectRefused(() => createAssignment(admin, input(cohort.id, busy.id, 'LEAD')), [
      `Kelas Jawa Barat sudah memiliki pelatih utama (${lead.name}). Tugaskan sebagai pendamping, atau lepaskan pelatih utama lebih dulu.`,
      'Pelatih sudah bertugas di Kelas Jawa Barat (17–18 Oktober 2024) pada tanggal yang beririsan.',
    ])
  })

  it('refuses to assign the same trainer to the same cohort twice, whatever the role', async () => {
    const cohort = await cohortIn('34', '2024-11-04', '2024-11-07')
    const trainer = await createNamedTrainer('34')
    await createAssignment(admin, input(cohort.id, trainer.id, 'SUPPORT'))
    const already = ['Pelatih sudah ditugaskan di Kelas Daerah Istimewa Yogyakarta (4–7 November 2024).']
    await expectRefused(() => createAssignment(admin, input(cohort.id, trainer.id, 'SUPPORT')), already)
    await expectRefused(() => createAssignment(admin, input(cohort.id, trainer.id, 'LEAD')), already)
    // The LEAD submitted again is told they are already there, not to step aside for themselves.
    const lead = await createNamedTrainer('34')
    await createAssignment(admin, input(cohort.id, lead.id, 'LEAD'))
    await expectRefused(() => createAssignment(admin, input(cohort.id, lead.id, 'LEAD')), already)
  })

  it('refuses a cancelled cohort, and a cancelled cohort keeps nobody busy', async () => {
    const trainer = await createNamedTrainer('36')
    const cancelled = await cohortIn('36', '2024-12-02', '2024-12-05')
    await assignTrainer(trainer.id, cancelled.id)
    await testDb().cohort.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
    const other = await createNamedTrainer('36')
    await expectRefused(() => createAssignment(admin, input(cancelled.id, other.id)), ['Kelas ini dibatalkan.'])
    const sameDates = await cohortIn('51', '2024-12-02', '2024-12-05')
    await expect(createAssignment(admin, input(sameDates.id, trainer.id))).resolves.toMatchObject({ cohortId: sameDates.id })
    // Nor does it count on the board's trainer list: one class, not two.
    const option = (await getWaveAssignmentBoard(admin, waveId)).trainerOptions.find((t) => t.id === trainer.id)
    expect(option).toMatchObject({ name: trainer.name, provinceName: 'Banten', assignmentCount: 1 })
  })

  it('refuses an inactive trainer by name', async () => {
    const trainer = await createNamedTrainer('32', { active: false })
    const cohort = await cohortIn('32', '2025-01-06', '2025-01-09')
    await expectRefused(() => createAssignment(admin, input(cohort.id, trainer.id)), [`${trainer.name} berstatus nonaktif.`])
  })

  it('lets exactly one of two simultaneous overlapping assignments of one trainer through', async () => {
    const trainer = await createNamedTrainer('32')
    const [a, b] = [await cohortIn('32', '2025-02-03', '2025-02-06'), await cohortIn('33', '2025-02-04', '2025-02-07')]
    const results = await Promise.allSettled([createAssignment(admin, input(a.id, trainer.id)), createAssignment(admin, input(b.id, trainer.id))])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = results.find((r) => r.status === 'rejected')!
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('pada tanggal yang beririsan') })
    expect(await testDb().trainerAssignment.count({ where: { trainerId: trainer.id } })).toBe(1)
  })

  it('validates the form in Indonesian and reports unknown rows as not found, writing nothing', async () => {
    const before = await assignmentRowCounts()
    const invalid = await expectAppError(createAssignment(admin, { cohortId: 'x', trainerId: '', role: 'KETUA' }), 'VALIDATION')
    expect(invalid.fieldErrors).toEqual({ cohortId: ['Kelas tidak valid.'], trainerId: ['Pilih pelatih.'], role: ['Pilih peran pelatih.'] })
    const cohort = await cohortIn('32', '2025-03-03', '2025-03-06')
    const trainer = await createNamedTrainer('32')
    const unknown = '01900000-0000-7000-8000-000000000000'
    await expectAppError(createAssignment(admin, input(unknown, trainer.id)), 'NOT_FOUND', 'Kelas tidak ditemukan.')
    await expectAppError(createAssignment(admin, input(cohort.id, unknown)), 'NOT_FOUND', 'Pelatih tidak ditemukan.')
    expect(await assignmentRowCounts()).toEqual({ ...before })
  })

  it('refuses Operator Provinsi (even of the cohort\'s province) and Pelatih Ahli (even for themselves), writing nothing', async () => {
    const cohort = await cohortIn('32', '2025-04-07', '2025-04-10')
    const trainer = await createNamedTrainer('32')
    const self = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
    const before = await assignmentRowCounts()
    for (const actor of [operator, pelatih, self]) {
      await expectAppError(createAssignment(actor, input(cohort.id, trainer.id, 'LEAD')), 'FORBIDDEN')
      await expectAppError(createAssignment(actor, { cohortId: 'rusak' }), 'FORBIDDEN')
    }
    expect(await assignmentRowCounts()).toEqual(before)
  })
})

describe('deleteAssignment', () => {
  it('removes the trainer from the cohort with an audit row of what was removed', async () => {
    const cohort = await cohortIn('32', '2025-05-05', '2025-05-08')
    const trainer = await createNamedTrainer('32')
    const created = await createAssignment(admin, input(cohort.id, trainer.id, 'LEAD'))
    const removed = await deleteAssignment(admin, { assignmentId: created.id })
    expect(removed).toEqual(created)
    expect(await testDb().trainerAssignment.findUnique({ where: { id: created.id } })).toBeNull()
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'TrainerAssignment', entityId: created.id, action: 'delete' } })
    expect(audit).toMatchObject({ actorId: admin.userId, before: created, after: null })
    // The dates are free again: another cohort on them, and a new LEAD for this one.
    const other = await cohortIn('51', '2025-05-06', '2025-05-07')
    await expect(createAssignment(admin, input(other.id, trainer.id))).resolves.toMatchObject({ cohortId: other.id })
    await expect(createAssignment(admin, input(cohort.id, (await createNamedTrainer('32')).id, 'LEAD'))).resolves.toMatchObject({ role: 'LEAD' })
  })

  it('reports an unknown or already removed assignment as not found, and validates the id', async () => {
    const cohort = await cohortIn('32', '2025-06-02', '2025-06-05')
    const created = await createAssignment(admin, input(cohort.id, (await createNamedTrainer('32')).id))
    await deleteAssignment(admin, { assignmentId: created.id })
    const before = await assignmentRowCounts()
    await expectAppError(deleteAssignment(admin, { assignmentId: created.id }), 'NOT_FOUND', 'Penugasan tidak ditemukan.')
    const invalid = await expectAppError(deleteAssignment(admin, { assignmentId: 'bukan-id' }), 'VALIDATION')
    expect(invalid.fieldErrors).toEqual({ assignmentId: ['Penugasan tidak valid.'] })
    expect(await assignmentRowCounts()).toEqual(before)
  })

  it('refuses Operator Provinsi of that province and Pelatih Ahli of that cohort, keeping the assignment', async () => {
    const cohort = await cohortIn('32', '2025-07-07', '2025-07-10')
    const trainer = await createNamedTrainer('32')
    const created = await createAssignment(admin, input(cohort.id, trainer.id, 'LEAD'))
    const self = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
    const before = await assignmentRowCounts()
    for (const actor of [operator, pelatih, self]) await expectAppError(deleteAssignment(actor, { assignmentId: created.id }), 'FORBIDDEN')
    expect(await assignmentRowCounts()).toEqual(before)
    expect(await testDb().trainerAssignment.findUnique({ where: { id: created.id }, select: { role: true } })).toEqual({ role: 'LEAD' })
  })
})
