// Unavailable dates: a trainer records and removes their own; Admin Pusat does it for anyone;
// nobody else reaches them, and another trainer's rows are simply not found.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { createTrainerUnavailability } from '@/lib/server/trainers/create-trainer-unavailability'
import { deleteTrainerUnavailability } from '@/lib/server/trainers/delete-trainer-unavailability'
import { listTrainerUnavailability } from '@/lib/server/trainers/list-trainer-unavailability'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createProgram, createUser, createWave } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'
import { trainerActors, trainerRowCounts } from '../../support/trainer-factories'

let admin: Actor, operator: Actor, peserta: Actor, pelatih: Actor
let ownTrainerId: string, otherTrainerId: string
beforeAll(async () => ({ admin, operator, peserta, pelatih, ownTrainerId, otherTrainerId } = await trainerActors()))

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const rowsOf = (trainerId: string) =>
  testDb().trainerUnavailability.findMany({ where: { trainerId }, orderBy: { startDate: 'asc' }, select: { id: true, startDate: true, endDate: true, reason: true } })

describe('createTrainerUnavailability', () => {
  it('a trainer records their own dates (the form sends an empty trainer field), audited', async () => {
    const { unavailability, affectedAssignments } = await createTrainerUnavailability(pelatih, {
      trainerId: '', startDate: '2025-09-01', endDate: ' 2025-09-03 ', reason: '  Cuti keluarga ',
    })
    expect(unavailability).toEqual({ id: expect.any(String), trainerId: ownTrainerId, startDate: day('2025-09-01'), endDate: day('2025-09-03'), reason: 'Cuti keluarga' })
    expect(affectedAssignments).toEqual([])
    expect(await rowsOf(ownTrainerId)).toContainEqual({ id: unavailability.id, startDate: day('2025-09-01'), endDate: day('2025-09-03'), reason: 'Cuti keluarga' })

    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'TrainerUnavailability', entityId: unavailability.id } })
    expect(audit).toMatchObject({ action: 'create', actorId: pelatih.userId, actorRole: 'PELATIH_AHLI' })
    expect(audit.after).toMatchObject({ trainerId: ownTrainerId, startDate: '2025-09-01T00:00:00.000Z', endDate: '2025-09-03T00:00:00.000Z', reason: 'Cuti keluarga' })

    // One day is a valid range, and the reason is optional.
    const single = await createTrainerUnavailability(pelatih, { startDate: '2025-09-10', endDate: '2025-09-10', trainerId: ownTrainerId })
    expect(single.unavailability).toMatchObject({ startDate: day('2025-09-10'), endDate: day('2025-09-10'), reason: null })
  })

  it('returns the assignments the range overlaps, so the page can warn, and records it anyway', async () => {
    const wave = await createWave((await createProgram()).id)
    const overlapping = await createCohort(wave.id, '33', { start: '2025-10-06', end: '2025-10-08' })
    const touchingLastDay = await createCohort(wave.id, '35', { start: '2025-10-01', end: '2025-10-04' })
    const after = await createCohort(wave.id, '32', { start: '2025-10-20', end: '2025-10-22' })
    const lead = await assignTrainer(ownTrainerId, overlapping.id, 'LEAD')
    const support = await assignTrainer(ownTrainerId, touchingLastDay.id)
    await assignTrainer(ownTrainerId, after.id)
    // Another trainer's class on the same days is none of this trainer's business.
    await assignTrainer(otherTrainerId, overlapping.id)

    const { unavailability, affectedAssignments } = await createTrainerUnavailability(pelatih, { startDate: '2025-10-04', endDate: '2025-10-07', reason: 'Sakit' })
    expect(affectedAssignments.map((a) => [a.id, a.role, a.cohort.id])).toEqual([
      [support.id, 'SUPPORT', touchingLastDay.id], [lead.id, 'LEAD', overlapping.id],
    ])
    expect(affectedAssignments[0].cohort.wave.number).toEqual(expect.any(Number))
    expect(await testDb().trainerUnavailability.count({ where: { id: unavailability.id } })).toBe(1)
  })

  it('Admin Pusat records dates for any trainer, who must be named and exist', async () => {
    const { unavailability } = await createTrainerUnavailability(admin, { trainerId: otherTrainerId, startDate: '2025-11-01', endDate: '2025-11-02', reason: 'Tugas kantor' })
    expect(unavailability).toMatchObject({ trainerId: otherTrainerId, reason: 'Tugas kantor' })
    expect(await testDb().auditLog.count({ where: { entity: 'TrainerUnavailability', entityId: unavailability.id, action: 'create', actorId: admin.userId } })).toBe(1)

    const before = await trainerRowCounts()
    await expectAppError(createTrainerUnavailability(admin, { trainerId: '', startDate: '2025-11-01', endDate: '2025-11-02' }), 'NOT_FOUND', 'Pelatih tidak ditemukan.')
    await expectAppError(createTrainerUnavailability(admin, { trainerId: randomUUID(), startDate: '2025-11-01', endDate: '2025-11-02' }), 'NOT_FOUND', 'Pelatih tidak ditemukan.')
    const invalidId = await expectAppError(createTrainerUnavailability(admin, { trainerId: 'bukan-id', startDate: '2025-11-01', endDate: '2025-11-02' }), 'VALIDATION')
    expect(invalidId.fieldErrors).toEqual({ trainerId: ['Pelatih tidak valid.'] })
    expect(await trainerRowCounts()).toEqual(before)
  })

  it('never records dates for another trainer on a trainer\'s behalf', async () => {
    const before = await trainerRowCounts()
    await expectAppError(createTrainerUnavailability(pelatih, { trainerId: otherTrainerId, startDate: '2025-12-01', endDate: '2025-12-02' }), 'NOT_FOUND', 'Pelatih tidak ditemukan.')
    const unlinked = (await createUser('PELATIH_AHLI')).actor
    await expectAppError(createTrainerUnavailability(unlinked, { startDate: '2025-12-01', endDate: '2025-12-02' }), 'NOT_FOUND')
    expect(await trainerRowCounts()).toEqual(before)
    expect(await rowsOf(otherTrainerId)).not.toContainEqual(expect.objectContaining({ startDate: day('2025-12-01') }))
  })

  it('refuses invalid ranges in Indonesian and writes nothing', async () => {
    const before = await trainerRowCounts()
    const backwards = await expectAppError(createTrainerUnavailability(pelatih, { startDate: '2025-09-05', endDate: '2025-09-04' }), 'VALIDATION', 'Periksa kembali')
    expect(backwards.fieldErrors).toEqual({ endDate: ['Tanggal selesai tidak boleh sebelum tanggal mulai.'] })
    const tooLong = await expectAppError(createTrainerUnavailability(pelatih, { startDate: '2025-01-01', endDate: '2026-01-02' }), 'VALIDATION')
    expect(tooLong.fieldErrors).toEqual({ endDate: ['Rentang paling lama satu tahun.'] })
    const missing = await expectAppError(createTrainerUnavailability(pelatih, {}), 'VALIDATION')
    expect(missing.fieldErrors).toEqual({ startDate: ['Tanggal mulai wajib diisi.'], endDate: ['Tanggal selesai wajib diisi.'] })
    const impossible = await expectAppError(createTrainerUnavailability(pelatih, { startDate: '2025-02-29', endDate: '01/03/2025' }), 'VALIDATION')
    expect(impossible.fieldErrors).toMatchObject({ startDate: ['Tanggal mulai tidak valid.'] })
    expect(impossible.fieldErrors?.endDate).toContain('Tanggal selesai wajib diisi (format tanggal tidak valid).')
    const longReason = await expectAppError(createTrainerUnavailability(pelatih, { startDate: '2025-09-01', endDate: '2025-09-01', reason: 'x'.repeat(301) }), 'VALIDATION')
    expect(longReason.fieldErrors).toEqual({ reason: ['Maksimal 300 karakter.'] })
    // A whole leap year is still one year.
    await createTrainerUnavailability(admin, { trainerId: otherTrainerId, startDate: '2028-01-01', endDate: '2028-12-31' })
    expect(await trainerRowCounts()).toEqual({ ...before, unavailability: before.unavailability + 1, audit: before.audit + 1 })
  })

  it('refuses Operator Provinsi and Peserta', async () => {
    const before = await trainerRowCounts()
    for (const actor of [operator, peserta]) {
      await expectAppError(createTrainerUnavailability(actor, { trainerId: ownTrainerId, startDate: '2025-09-01', endDate: '2025-09-02' }), 'FORBIDDEN')
      await expectAppError(listTrainerUnavailability(actor, ownTrainerId), 'FORBIDDEN')
    }
    expect(await trainerRowCounts()).toEqual(before)
  })
})

describe('deleteTrainerUnavailability and listTrainerUnavailability', () => {
  it('a trainer lists and deletes their own dates, audited; another trainer\'s are not found', async () => {
    const own = (await createTrainerUnavailability(pelatih, { startDate: '2026-03-02', endDate: '2026-03-03', reason: 'Dinas luar' })).unavailability
    const others = (await createTrainerUnavailability(admin, { trainerId: otherTrainerId, startDate: '2026-03-01', endDate: '2026-03-05' })).unavailability

    const listed = await listTrainerUnavailability(pelatih)
    expect(listed.map((u) => u.id)).toContain(own.id)
    expect(listed.map((u) => u.id)).not.toContain(others.id)
    // Naming another trainer does not widen a trainer's scope.
    expect(await listTrainerUnavailability(pelatih, otherTrainerId)).toEqual([])
    const sorted = listed.map((u) => u.startDate.getTime())
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b))

    const before = await trainerRowCounts()
    await expectAppError(deleteTrainerUnavailability(pelatih, { id: others.id }), 'NOT_FOUND', 'Data ketidaktersediaan tidak ditemukan.')
    expect(await trainerRowCounts()).toEqual(before)

    const deleted = await deleteTrainerUnavailability(pelatih, { id: own.id })
    expect(deleted).toEqual({ id: own.id, trainerId: ownTrainerId, startDate: day('2026-03-02'), endDate: day('2026-03-03'), reason: 'Dinas luar' })
    expect(await testDb().trainerUnavailability.count({ where: { id: own.id } })).toBe(0)
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'TrainerUnavailability', entityId: own.id, action: 'delete' } })
    expect(audit).toMatchObject({ actorId: pelatih.userId, after: null })
    expect(audit.before).toMatchObject({ trainerId: ownTrainerId, reason: 'Dinas luar' })
    // Deleting twice: the row is gone.
    await expectAppError(deleteTrainerUnavailability(pelatih, { id: own.id }), 'NOT_FOUND')
  })

  it('Admin Pusat lists and deletes anyone\'s dates', async () => {
    const own = (await createTrainerUnavailability(pelatih, { startDate: '2026-04-01', endDate: '2026-04-01' })).unavailability
    const others = (await createTrainerUnavailability(admin, { trainerId: otherTrainerId, startDate: '2026-04-02', endDate: '2026-04-02' })).unavailability
    expect((await listTrainerUnavailability(admin, ownTrainerId)).map((u) => u.id)).toContain(own.id)
    expect((await listTrainerUnavailability(admin, ownTrainerId)).map((u) => u.id)).not.toContain(others.id)
    expect((await listTrainerUnavailability(admin)).map((u) => u.id)).toEqual(expect.arrayContaining([own.id, others.id]))

    await deleteTrainerUnavailability(admin, { id: own.id })
    await deleteTrainerUnavailability(admin, { id: others.id })
    expect(await testDb().trainerUnavailability.count({ where: { id: { in: [own.id, others.id] } } })).toBe(0)
    expect(await testDb().auditLog.count({ where: { entity: 'TrainerUnavailability', entityId: { in: [own.id, others.id] }, action: 'delete', actorId: admin.userId } })).toBe(2)
  })

  it('refuses Operator Provinsi and Peserta, and a malformed id, deleting nothing', async () => {
    const row = (await createTrainerUnavailability(pelatih, { startDate: '2026-05-01', endDate: '2026-05-02' })).unavailability
    const before = await trainerRowCounts()
    for (const actor of [operator, peserta]) await expectAppError(deleteTrainerUnavailability(actor, { id: row.id }), 'FORBIDDEN')
    const invalid = await expectAppError(deleteTrainerUnavailability(pelatih, { id: 'bukan-id' }), 'VALIDATION')
    expect(invalid.fieldErrors).toEqual({ id: ['Data tidak valid.'] })
    await expectAppError(deleteTrainerUnavailability(admin, { id: randomUUID() }), 'NOT_FOUND')
    expect(await trainerRowCounts()).toEqual(before)
    expect(await testDb().trainerUnavailability.count({ where: { id: row.id } })).toBe(1)
  })
})
