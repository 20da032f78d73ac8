// Registering a participant one by one: NIK protected, duplicates and mismatches refused in
// Indonesian with nothing written, quotas of the cohort and of the province respected.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { decryptNik } from '@/lib/server/crypto/nik'
import { registerParticipant } from '@/lib/server/participants/register-participant'
import { updateWaveQuotas } from '@/lib/server/participants/update-wave-quotas'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { fillCohort, nikFor, participantActors, participantInput, participantRowCounts, regionOf, registrationPlan } from '../../support/participant-factories'

let admin: Actor, operator: Actor, otherOperator: Actor, pelatih: Actor, peserta: Actor
let plan: Awaited<ReturnType<typeof registrationPlan>>
beforeAll(async () => {
  ;({ admin, operator, otherOperator, pelatih, peserta } = await participantActors())
  plan = await registrationPlan()
})

describe('registerParticipant', () => {
  it('an operator registers into a cohort of their province: NIK encrypted, hashed and masked, enrolment and audit written', async () => {
    const input = await participantInput(plan.jabarCohortId, { name: '  Siti Aminah ' })
    const result = await registerParticipant(operator, input)
    const stored = await testDb().participant.findUniqueOrThrow({ where: { id: result.id } })
    expect(stored.nikCiphertext).not.toContain(input.nik)
    expect(decryptNik(stored.nikCiphertext)).toBe(input.nik)
    expect(stored.nikHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.nikMasked).toBe(`${input.nik.slice(0, 4)}********${input.nik.slice(-4)}`)
    expect(stored).toMatchObject({ name: 'Siti Aminah', sex: 'P', institutionType: 'PERPUSTAKAAN_DESA', provinceCode: '32', regencyCode: input.regencyCode, villageCode: input.villageCode })
    expect(stored.phone).toBe(`+62${input.phone.slice(1)}`)
    expect(stored.birthDate?.toISOString().slice(0, 10)).toBe('1990-05-12')
    expect(result.enrolment).toMatchObject({ cohortId: plan.jabarCohortId, programId: plan.programId, status: 'REGISTERED' })
    const audit = await testDb().auditLog.findMany({ where: { entityId: { in: [result.id, result.enrolment.id] } }, select: { action: true, entity: true, actorId: true, after: true } })
    expect(audit.map((a) => `${a.action}:${a.entity}`).sort()).toEqual(['create:Enrolment', 'create:Participant'])
    expect(audit.every((a) => a.actorId === operator.userId)).toBe(true)
    expect(JSON.stringify(audit)).not.toContain(input.nik)
  })

  it('refuses a duplicate NIK and a duplicate phone in Indonesian and writes nothing', async () => {
    const first = await participantInput(plan.jabarCohortId, { name: 'Rahmawati Duplikat' })
    const { id } = await registerParticipant(operator, first)
    const before = await participantRowCounts()
    // The operator may read the holder: named, with a reference the form turns into a link.
    const sameNik = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { nik: first.nik })), 'VALIDATION', /NIK sudah terdaftar/)
    expect(sameNik.fieldErrors).toEqual({ nik: ['NIK ini sudah terdaftar atas nama Rahmawati Duplikat.'] })
    expect(sameNik.fieldRefs).toEqual({ nik: { kind: 'participant', id, name: 'Rahmawati Duplikat' } })
    const samePhone = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { phone: first.phone.replace(/^0/, '+62') })), 'VALIDATION', /Nomor HP sudah terdaftar/)
    expect(samePhone.fieldErrors).toEqual({ phone: ['Nomor HP ini sudah terdaftar atas nama Rahmawati Duplikat.'] })
    expect(samePhone.fieldRefs).toEqual({ phone: { kind: 'participant', id, name: 'Rahmawati Duplikat' } })
    expect(await participantRowCounts()).toEqual(before)
  })

  it('a NIK or phone held in another province names nobody to an operator: "hubungi Admin Pusat"; Admin Pusat gets the name', async () => {
    const kaltim = await participantInput(plan.kaltimCohortId, { name: 'Nama Rahasia Kaltim' }, '64')
    const { id } = await registerParticipant(admin, kaltim)
    const before = await participantRowCounts()
    // The phone of a Kalimantan Timur participant, typed by the Jawa Barat operator.
    const error = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { phone: kaltim.phone })), 'VALIDATION', /Nomor HP sudah terdaftar/)
    expect(error.fieldErrors).toEqual({ phone: ['Nomor HP ini sudah terdaftar di provinsi lain — hubungi Admin Pusat.'] })
    expect(error.fieldRefs).toEqual({})
    expect(JSON.stringify(error)).not.toContain('Rahasia')
    expect(error.message).not.toContain('Rahasia')
    const asAdmin = await expectAppError(registerParticipant(admin, await participantInput(plan.jabarCohortId, { phone: kaltim.phone })), 'VALIDATION')
    expect(asAdmin.fieldRefs).toEqual({ phone: { kind: 'participant', id, name: 'Nama Rahasia Kaltim' } })
    expect(await participantRowCounts()).toEqual(before)
  })

  it('reports every invalid field at once and writes nothing', async () => {
    const before = await participantRowCounts()
    const error = await expectAppError(registerParticipant(operator, {
      cohortId: plan.jabarCohortId, name: 'A', nik: '3201', phone: '12345', email: 'bukan-email', institutionType: 'SEKOLAH', institutionName: '', regencyCode: '',
    }), 'VALIDATION', 'Periksa kembali isian yang ditandai.')
    expect(error.fieldErrors).toEqual({
      name: ['Nama minimal 3 karakter.'],
      nik: ['NIK harus 16 digit angka (terisi 4 karakter).'],
      phone: ['Nomor HP harus nomor seluler Indonesia yang valid, mis. 0812-3456-7890.'],
      email: ['Alamat e-mail tidak valid, mis. nama@contoh.id.'],
      institutionType: ['Pilih jenis lembaga.'],
      institutionName: ['Nama lembaga minimal 3 karakter.'],
      regencyCode: ['Pilih kabupaten/kota.'],
    })
    expect(await participantRowCounts()).toEqual(before)
  })

  it('refuses a regency outside the province and a village outside the regency', async () => {
    const kaltim = await regionOf('64')
    const before = await participantRowCounts()
    const error = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, {
      nik: nikFor(kaltim.districtCode), regencyCode: kaltim.regencyCode,
    })), 'VALIDATION')
    expect(error.fieldErrors).toEqual({
      regencyCode: ['Kabupaten/kota tidak berada di Provinsi Jawa Barat.'],
      villageCode: ['Desa/kelurahan tidak berada di kabupaten/kota yang dipilih.'],
    })
    expect(await participantRowCounts()).toEqual(before)
  })

  it('accepts a NIK issued in another province and keeps that province with the record for its warning (issue 12)', async () => {
    const kaltim = await regionOf('64')
    const input = await participantInput(plan.jabarCohortId, { nik: nikFor(kaltim.districtCode) })
    const result = await registerParticipant(operator, input)
    expect(result).toMatchObject({ provinceCode: '32', nikIssuedProvinceCode: '64' })
    expect(await testDb().participant.findUniqueOrThrow({ where: { id: result.id }, select: { nikIssuedProvinceCode: true } })).toEqual({ nikIssuedProvinceCode: '64' })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: result.id, entity: 'Participant' }, select: { after: true } })
    expect(audit.after).toMatchObject({ nikIssuedProvinceCode: '64' })
    // A NIK of the province itself carries no warning.
    expect(await registerParticipant(operator, await participantInput(plan.jabarCohortId))).toMatchObject({ nikIssuedProvinceCode: null })
  })

  it('refuses names that start like a spreadsheet formula or hold no letter, and control characters (issue 12)', async () => {
    const before = await participantRowCounts()
    for (const name of ['=HYPERLINK("http://contoh.id","Klik")', '+62 Budi', '-Budi', '@Rina', '\uFF1DSUM(1)', ' =1+1']) {
      const error = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { name })), 'VALIDATION')
      expect(error.fieldErrors).toEqual({ name: ['Nama tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'] })
    }
    const noLetter = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { name: '12345' })), 'VALIDATION')
    expect(noLetter.fieldErrors).toEqual({ name: ['Nama harus berupa nama yang memuat huruf.'] })
    const control = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { name: 'Siti\u0007 Aminah' })), 'VALIDATION')
    expect(control.fieldErrors?.name).toEqual([expect.stringContaining('karakter tersembunyi')])
    const institution = await expectAppError(registerParticipant(operator, await participantInput(plan.jabarCohortId, { institutionName: '=cmd|calc' })), 'VALIDATION')
    expect(institution.fieldErrors).toEqual({ institutionName: ['Nama lembaga tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'] })
    expect(await participantRowCounts()).toEqual(before)
    // A hyphen or an apostrophe inside a name is a name.
    expect(await registerParticipant(operator, await participantInput(plan.jabarCohortId, { name: "Ni Luh Putu 'Ayu' Dewi-Sari" }))).toMatchObject({ name: "Ni Luh Putu 'Ayu' Dewi-Sari" })
  })

  it('an operator cannot register into another province\'s cohort (not found); Pelatih and Peserta are refused', async () => {
    const before = await participantRowCounts()
    await expectAppError(registerParticipant(otherOperator, await participantInput(plan.jabarCohortId, {}, '64')), 'NOT_FOUND', 'Kelas tidak ditemukan.')
    await expectAppError(registerParticipant(operator, await participantInput(plan.kaltimCohortId, {}, '64')), 'NOT_FOUND', 'Kelas tidak ditemukan.')
    for (const actor of [pelatih, peserta]) await expectAppError(registerParticipant(actor, await participantInput(plan.jabarCohortId)), 'FORBIDDEN')
    expect(await participantRowCounts()).toEqual(before)
  })

  it('Admin Pusat registers nationally, into the participant\'s province', async () => {
    const result = await registerParticipant(admin, await participantInput(plan.kaltimCohortId, {}, '64'))
    expect(result).toMatchObject({ provinceCode: '64', enrolment: { cohortId: plan.kaltimCohortId } })
  })

  it('a full cohort refuses more, in Indonesian, and writes nothing', async () => {
    const small = await registrationPlan()
    await testDb().cohort.update({ where: { id: small.jabarCohortId }, data: { quota: 2 } })
    await fillCohort(small.jabarCohortId, small.programId, '32', 2)
    const before = await participantRowCounts()
    await expectAppError(registerParticipant(operator, await participantInput(small.jabarCohortId)), 'CONFLICT', /sudah penuh \(kuota 2 peserta\)\. Tidak ada yang disimpan\./)
    expect(await participantRowCounts()).toEqual(before)
  })

  it('cancelled and completed cohorts take no registrations (decision 034); reopened, a cohort does again', async () => {
    const other = await registrationPlan()
    const before = await participantRowCounts()
    await testDb().cohort.update({ where: { id: other.jabarCohortId }, data: { status: 'CANCELLED' } })
    await expectAppError(registerParticipant(operator, await participantInput(other.jabarCohortId)), 'CONFLICT', /dibatalkan; pendaftaran ditutup\./)
    await testDb().cohort.update({ where: { id: other.jabarCohortId }, data: { status: 'COMPLETED' } })
    await expectAppError(registerParticipant(admin, await participantInput(other.jabarCohortId)), 'CONFLICT', /sudah selesai; pendaftaran ditutup\./)
    expect(await participantRowCounts()).toEqual(before)
    await testDb().cohort.update({ where: { id: other.jabarCohortId }, data: { status: 'RUNNING' } })
    await expect(registerParticipant(operator, await participantInput(other.jabarCohortId))).resolves.toMatchObject({ provinceCode: '32' })
  })

  it('a full province quota for the wave refuses more even when the cohort has room', async () => {
    const small = await registrationPlan()
    await fillCohort(small.jabarCohortId, small.programId, '32', 1)
    await updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '1' })
    await expectAppError(registerParticipant(operator, await participantInput(small.jabarCohortId)), 'CONFLICT', /sudah penuh \(kuota 60 peserta, kuota provinsi 1\)/)
    await updateWaveQuotas(admin, { waveId: small.waveId, 'quota.32': '2' })
    await expect(registerParticipant(operator, await participantInput(small.jabarCohortId))).resolves.toMatchObject({ provinceCode: '32' })
  })
})
