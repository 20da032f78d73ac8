// Editing, withdrawing, moving and listing participants, and the province quotas of a wave:
// each scoped to the operator's province (another province's rows are not found).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getParticipantRecordOrThrow } from '@/lib/server/participants/get-participant-record'
import { listParticipants } from '@/lib/server/participants/list-participants'
import { listWaveQuotas } from '@/lib/server/participants/list-wave-quotas'
import { countClosedCohorts, listCohortFilterOptions, listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { moveEnrolment } from '@/lib/server/participants/move-enrolment'
import { registerParticipant } from '@/lib/server/participants/register-participant'
import { updateParticipant } from '@/lib/server/participants/update-participant'
import { updateWaveQuotas } from '@/lib/server/participants/update-wave-quotas'
import { updateCohortQuota } from '@/lib/server/participants/update-cohort-quota'
import { withdrawEnrolment } from '@/lib/server/participants/withdraw-enrolment'
import { testDb } from '../../support/database'
import { createCohort, createProgram, createWave } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'
import { fillCohort, nikFor, participantActors, participantInput, participantRowCounts, regionOf, registrationPlan, storedParticipant } from '../../support/participant-factories'

let admin: Actor, operator: Actor, otherOperator: Actor, pelatih: Actor, peserta: Actor
let plan: Awaited<ReturnType<typeof registrationPlan>>
beforeAll(async () => {
  ;({ admin, operator, otherOperator, pelatih, peserta } = await participantActors())
  plan = await registrationPlan()
})

const register = async (overrides: Record<string, string> = {}, cohortId = plan.jabarCohortId, actor = operator) =>
  registerParticipant(actor, await participantInput(cohortId, overrides))

const editInput = (p: { id: string; phone: string; regencyCode: string; villageCode: string | null }, overrides: Record<string, string> = {}) => ({
  participantId: p.id, name: 'Siti Aminah Lestari', nik: '', phone: p.phone, email: 'siti@contoh.id',
  institutionType: 'TBM', institutionName: 'TBM Cahaya', npp: '3201000001', regencyCode: p.regencyCode, villageCode: p.villageCode ?? '',
  ...overrides,
})

describe('updateParticipant', () => {
  it('edits the details; a blank NIK keeps the stored one, a new NIK is re-protected; audited', async () => {
    const p = await register()
    const stored = await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { nikHash: true } })
    const after = await updateParticipant(operator, editInput(p, { villageCode: '' }))
    expect(after).toMatchObject({ name: 'Siti Aminah Lestari', email: 'siti@contoh.id', institutionType: 'TBM', npp: '3201000001', villageCode: null, nikMasked: p.nikMasked })
    expect((await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { nikHash: true } })).nikHash).toBe(stored.nikHash)
    const region = await regionOf('32')
    const newNik = nikFor(region.districtCode, 'L')
    const renewed = await updateParticipant(operator, editInput(p, { nik: newNik }))
    expect(renewed).toMatchObject({ nikMasked: `${newNik.slice(0, 4)}********${newNik.slice(-4)}`, sex: 'L' })
    expect(await testDb().auditLog.count({ where: { entity: 'Participant', entityId: p.id, action: 'update' } })).toBe(2)
    // A NIK another province issued is taken with its warning; the province's own clears it (issue 12).
    const moved = nikFor((await regionOf('64')).districtCode)
    expect(await updateParticipant(operator, editInput(p, { nik: moved }))).toMatchObject({ provinceCode: '32', nikIssuedProvinceCode: '64' })
    expect(await updateParticipant(operator, editInput(p))).toMatchObject({ nikIssuedProvinceCode: '64' }) // a blank NIK keeps it
    expect(await updateParticipant(operator, editInput(p, { nik: newNik.slice(0, 12) + '0999' }))).toMatchObject({ nikIssuedProvinceCode: null })
  })

  it('refuses another participant\'s phone and a regency of another province, writing nothing', async () => {
    const p = await register()
    const other = await register()
    const kaltim = await regionOf('64')
    const before = await participantRowCounts()
    const error = await expectAppError(updateParticipant(operator, editInput(p, { phone: other.phone })), 'VALIDATION', /Nomor HP sudah terdaftar/)
    expect(error.fieldErrors).toEqual({ phone: [`Nomor HP ini sudah terdaftar atas nama ${other.name}.`] })
    expect(error.fieldRefs).toEqual({ phone: { kind: 'participant', id: other.id, name: other.name } })
    await expectAppError(updateParticipant(operator, editInput(p, { regencyCode: kaltim.regencyCode, villageCode: '' })), 'VALIDATION')
    expect(await participantRowCounts()).toEqual(before)
  })

  it('an operator of another province can neither read nor change the participant; Pelatih and Peserta are refused', async () => {
    const p = await register()
    await expectAppError(getParticipantRecordOrThrow(otherOperator, p.id), 'NOT_FOUND', 'Peserta tidak ditemukan.')
    await expectAppError(updateParticipant(otherOperator, editInput(p)), 'NOT_FOUND', 'Peserta tidak ditemukan.')
    await expectAppError(withdrawEnrolment(otherOperator, { enrolmentId: p.enrolment.id, reason: 'Pindah tugas ke luar daerah' }), 'NOT_FOUND')
    for (const actor of [pelatih, peserta]) await expectAppError(updateParticipant(actor, editInput(p)), 'FORBIDDEN')
    await expect(getParticipantRecordOrThrow(admin, p.id)).resolves.toMatchObject({ id: p.id, enrolments: [{ id: p.enrolment.id }] })
  })
})

describe('withdrawEnrolment', () => {
  it('requires a reason, then withdraws and frees the place', async () => {
    const p = await register()
    const error = await expectAppError(withdrawEnrolment(operator, { enrolmentId: p.enrolment.id, reason: '  ' }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ reason: ['Alasan pengunduran diri wajib diisi (minimal 5 karakter).'] })
    const after = await withdrawEnrolment(operator, { enrolmentId: p.enrolment.id, reason: 'Sakit berkepanjangan' })
    expect(after).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Sakit berkepanjangan' })
    expect(after.withdrawnAt).toBeInstanceOf(Date)
    await expectAppError(withdrawEnrolment(operator, { enrolmentId: p.enrolment.id, reason: 'Sekali lagi' }), 'CONFLICT', /Hanya pendaftaran berstatus Terdaftar/)
    expect(await testDb().auditLog.count({ where: { entity: 'Enrolment', entityId: p.enrolment.id, action: 'withdraw' } })).toBe(1)
  })
})

describe('moveEnrolment', () => {
  it('moves within the province and program, respecting the target cohort\'s quota', async () => {
    const second = await createCohort(plan.waveId, '32')
    const p = await register()
    await expect(moveEnrolment(operator, { enrolmentId: p.enrolment.id, cohortId: second.id })).resolves.toMatchObject({ cohortId: second.id })
    // A full target refuses the move and nothing changes.
    await testDb().cohort.update({ where: { id: plan.jabarCohortId }, data: { quota: 1 } })
    await fillCohort(plan.jabarCohortId, plan.programId, '32', Math.max(0, 1 - await testDb().enrolment.count({ where: { cohortId: plan.jabarCohortId, status: { not: 'WITHDRAWN' } } })))
    await expectAppError(moveEnrolment(operator, { enrolmentId: p.enrolment.id, cohortId: plan.jabarCohortId }), 'CONFLICT', /sudah penuh/)
    expect((await testDb().enrolment.findUniqueOrThrow({ where: { id: p.enrolment.id } })).cohortId).toBe(second.id)
    await testDb().cohort.update({ where: { id: plan.jabarCohortId }, data: { quota: 60 } })
    expect(await testDb().auditLog.count({ where: { entity: 'Enrolment', entityId: p.enrolment.id, action: 'move' } })).toBe(1)
  })

  it('refuses another province\'s cohort, another program\'s cohort, and another operator', async () => {
    const p = await register()
    const otherProgram = await createProgram()
    const otherCohort = await createCohort((await createWave(otherProgram.id)).id, '32')
    let error = await expectAppError(moveEnrolment(operator, { enrolmentId: p.enrolment.id, cohortId: plan.kaltimCohortId }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ cohortId: ['Kelas tujuan tidak ditemukan.'] })
    error = await expectAppError(moveEnrolment(admin, { enrolmentId: p.enrolment.id, cohortId: plan.kaltimCohortId }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ cohortId: ['Kelas tujuan harus di provinsi yang sama.'] })
    error = await expectAppError(moveEnrolment(operator, { enrolmentId: p.enrolment.id, cohortId: otherCohort.id }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ cohortId: ['Kelas tujuan harus dari program yang sama.'] })
    await expectAppError(moveEnrolment(otherOperator, { enrolmentId: p.enrolment.id, cohortId: plan.kaltimCohortId }), 'NOT_FOUND')
    await expectAppError(moveEnrolment(pelatih, { enrolmentId: p.enrolment.id, cohortId: plan.jabarCohortId }), 'FORBIDDEN')
  })

  it('refuses a completed or cancelled target cohort: they take no registrations', async () => {
    const p = await register()
    for (const [status, message] of [['COMPLETED', 'sudah selesai; pendaftaran ditutup.'], ['CANCELLED', 'dibatalkan; pendaftaran ditutup.']] as const) {
      const closed = await createCohort(plan.waveId, '32')
      await testDb().cohort.update({ where: { id: closed.id }, data: { status } })
      const error = await expectAppError(moveEnrolment(operator, { enrolmentId: p.enrolment.id, cohortId: closed.id }), 'VALIDATION')
      expect(error.fieldErrors?.cohortId?.[0]).toMatch(new RegExp(`${message.replace('.', '\\.')}$`))
    }
    expect((await testDb().enrolment.findUniqueOrThrow({ where: { id: p.enrolment.id } })).cohortId).toBe(plan.jabarCohortId)
  })
})

describe('listRegistrationCohorts', () => {
  it('offers only cohorts that take registrations, with places left under the province quota, and counts the closed ones', async () => {
    const round = await registrationPlan()
    const [running, completed, cancelled] = await Promise.all([createCohort(round.waveId, '32'), createCohort(round.waveId, '32'), createCohort(round.waveId, '32')])
    await testDb().cohort.update({ where: { id: running.id }, data: { status: 'RUNNING' } })
    await testDb().cohort.update({ where: { id: completed.id }, data: { status: 'COMPLETED' } })
    await testDb().cohort.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
    await fillCohort(completed.id, round.programId, '32', 2)
    await updateWaveQuotas(admin, { waveId: round.waveId, 'quota.32': '5' })
    const offered = await listRegistrationCohorts(operator, { programId: round.programId })
    expect(offered.map((c) => c.id).sort()).toEqual([round.jabarCohortId, running.id].sort())
    // 2 of the province's 5 places are held in the completed cohort: 3 left in each open one.
    expect(offered.map((c) => [c.placesLeft, c.cohortPlacesLeft])).toEqual([[3, 60], [3, 60]])
    expect(await countClosedCohorts(operator, { programId: round.programId })).toEqual({ completed: 1, cancelled: 1 })
    // Another province's cohorts are neither offered nor counted.
    expect(await countClosedCohorts(otherOperator, { programId: round.programId })).toEqual({ completed: 0, cancelled: 0 })
    // The participant list's filter still lists every cohort, closed ones included.
    const filter = (await listCohortFilterOptions(operator)).map((c) => c.id)
    expect(filter).toEqual(expect.arrayContaining([completed.id, cancelled.id, running.id]))
    expect(filter).not.toContain(round.kaltimCohortId)
  })
})

describe('listParticipants', () => {
  it('searches by name, phone and NIK last digits, filters and pages, within the operator\'s province', async () => {
    const own = await createCohort(plan.waveId, '32')
    const tag = `Zulaikha${Date.now().toString(36)}`
    const rows = []
    for (let i = 0; i < 27; i++) {
      rows.push(await storedParticipant(own.id, plan.programId, '32', { name: `${tag} ${String(i).padStart(2, '0')}`, institutionType: i % 2 ? 'TBM' : 'PERPUSTAKAAN_DESA' }))
    }
    await withdrawEnrolment(operator, { enrolmentId: rows[0].enrolment.id, reason: 'Mengundurkan diri' })
    const kaltimRow = await storedParticipant(plan.kaltimCohortId, plan.programId, '64', { name: `${tag} Kaltim` })

    const first = await listParticipants(operator, { q: tag.toLowerCase() })
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 })
    expect(first.participants).toHaveLength(25)
    expect(first.participants[0]).toMatchObject({ name: `${tag} 00`, enrolments: [{ status: 'WITHDRAWN' }] })
    expect(first.participants[0]).not.toHaveProperty('nikHash')
    const second = await listParticipants(operator, { q: tag, page: 2 })
    expect(second.participants.map((p) => p.name)).toEqual([`${tag} 25`, `${tag} 26`])
    expect((await listParticipants(operator, { q: tag, page: 99 })).page).toBe(2)

    expect((await listParticipants(operator, { q: rows[3].phone.slice(-9) })).participants.map((p) => p.id)).toEqual([rows[3].id])
    expect((await listParticipants(operator, { q: `0${rows[3].phone.slice(3)}` })).participants.map((p) => p.id)).toEqual([rows[3].id])
    const lastDigits = rows[5].nikMasked.slice(-4)
    expect((await listParticipants(operator, { q: lastDigits, cohortId: own.id })).participants.map((p) => p.id)).toContain(rows[5].id)

    expect((await listParticipants(operator, { q: tag, status: 'WITHDRAWN' })).participants.map((p) => p.id)).toEqual([rows[0].id])
    expect((await listParticipants(operator, { q: tag, institutionType: 'TBM' })).total).toBe(13)
    expect((await listParticipants(operator, { q: tag, cohortId: own.id, regencyCode: rows[1].regencyCode })).total).toBe(27)
    expect((await listParticipants(operator, { q: tag, regencyCode: '32.99' })).total).toBe(0)

    // The other province's operator sees none of Jawa Barat's; Admin Pusat sees both provinces.
    expect((await listParticipants(otherOperator, { q: tag })).participants.map((p) => p.id)).toEqual([kaltimRow.id])
    expect((await listParticipants(admin, { q: tag })).total).toBe(28)
    expect((await listParticipants(peserta, { q: tag })).total).toBe(0)
  })
})

describe('wave quotas', () => {
  it('Admin Pusat sets, changes and clears a province quota per wave; never below those registered; audited', async () => {
    const small = await registrationPlan()
    await fillCohort(small.jabarCohortId, small.programId, '32', 3)
    await updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '40', 'quota.64': '' })
    const listed = await listWaveQuotas(admin, small.waveId)
    expect(listed.provinces).toEqual([
      { provinceCode: '32', provinceName: 'Jawa Barat', cohortCount: 1, cohortPlaces: 60, taken: 3, quota: 40 },
      { provinceCode: '64', provinceName: 'Kalimantan Timur', cohortCount: 1, cohortPlaces: 60, taken: 0, quota: null },
    ])
    const error = await expectAppError(updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '2', 'quota.64': 'dua', 'quota.11': '5' }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ 'quota.64': ['Kuota harus bilangan bulat 0–100.000, atau kosong.'] })
    const below = await expectAppError(updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '2', 'quota.11': '5' }), 'VALIDATION')
    expect(below.fieldErrors).toEqual({ 'quota.32': ['Kuota tidak boleh kurang dari 3 peserta yang sudah terdaftar.'], 'quota.11': ['Provinsi ini tidak memiliki kelas di gelombang ini.'] })
    expect((await listWaveQuotas(admin, small.waveId)).provinces[0].quota).toBe(40)
    await updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '' })
    expect((await listWaveQuotas(admin, small.waveId)).provinces[0].quota).toBeNull()
    expect(await testDb().auditLog.count({ where: { entity: 'WaveQuota', entityId: small.waveId } })).toBe(2)
  })

  it('Admin Pusat raises a cohort\'s quota and its province\'s in one step, never below those registered (the import\'s choice, issue 12)', async () => {
    const small = await registrationPlan()
    await fillCohort(small.jabarCohortId, small.programId, '32', 3)
    await updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '5' })
    const low = await expectAppError(updateCohortQuota(admin, { cohortId: small.jabarCohortId, quota: '2', provinceQuota: '1' }), 'VALIDATION')
    expect(low.fieldErrors).toEqual({
      quota: ['Kuota kelas tidak boleh kurang dari 3 peserta yang sudah terdaftar.'],
      provinceQuota: ['Kuota provinsi tidak boleh kurang dari 3 peserta yang sudah terdaftar di gelombang ini.'],
    })
    expect(await updateCohortQuota(admin, { cohortId: small.jabarCohortId, quota: '80', provinceQuota: '90' })).toEqual({ cohortId: small.jabarCohortId, quota: 80, provinceQuota: 90 })
    expect(await updateCohortQuota(admin, { cohortId: small.jabarCohortId, quota: '81', provinceQuota: '' })).toMatchObject({ quota: 81, provinceQuota: 90 })
    expect(await testDb().cohort.findUniqueOrThrow({ where: { id: small.jabarCohortId }, select: { quota: true } })).toEqual({ quota: 81 })
    expect((await listWaveQuotas(admin, small.waveId)).provinces[0].quota).toBe(90)
    expect(await testDb().auditLog.count({ where: { entity: 'Cohort', entityId: small.jabarCohortId, action: 'update' } })).toBe(2)
    for (const actor of [operator, pelatih, peserta]) await expectAppError(updateCohortQuota(actor, { cohortId: small.jabarCohortId, quota: '99' }), 'FORBIDDEN')
    await expectAppError(updateCohortQuota(admin, { cohortId: small.jabarCohortId, quota: 'banyak' }), 'VALIDATION')
  })

  it('only Admin Pusat sets quotas', async () => {
    const before = await participantRowCounts()
    for (const actor of [operator, pelatih, peserta]) {
      await expectAppError(updateWaveQuotas(actor, { waveId: plan.waveId, 'quota.32': '10' }), 'FORBIDDEN')
      await expectAppError(listWaveQuotas(actor, plan.waveId), 'FORBIDDEN')
    }
    expect(await participantRowCounts()).toEqual(before)
  })
})
