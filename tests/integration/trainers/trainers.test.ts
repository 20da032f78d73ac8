// Trainer profiles: national data that only Admin Pusat creates; a Pelatih Ahli edits their own
// contact details and expertise (update:trainer:own) and reaches no one else's profile.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { createTrainer } from '@/lib/server/trainers/create-trainer'
import { getTrainerOrThrow } from '@/lib/server/trainers/get-trainer'
import { listTrainers } from '@/lib/server/trainers/list-trainers'
import { updateTrainer } from '@/lib/server/trainers/update-trainer'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createProgram, createUser, createWave, createTrainer as createTrainerRow } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'
import { storedTrainer, trainerActors, trainerRowCounts } from '../../support/trainer-factories'

let admin: Actor, operator: Actor, peserta: Actor, pelatih: Actor
let ownTrainerId: string, otherTrainerId: string
beforeAll(async () => ({ admin, operator, peserta, pelatih, ownTrainerId, otherTrainerId } = await trainerActors()))

const uniqueEmail = (local = 'dewi') => `${local}.${randomUUID().slice(0, 8)}@contoh.id`

/** What the trainer form submits (every value a string, as FormData delivers them). */
const trainerInput = (overrides: Record<string, string> = {}) => ({
  name: 'Dewi Lestari', email: uniqueEmail(), phone: '0812-3456-7890', homeProvinceCode: '32',
  institution: 'Dinas Perpustakaan Provinsi Jawa Barat', expertise: 'Literasi Digital, advokasi ,literasi digital', active: 'on',
  ...overrides,
})

describe('createTrainer', () => {
  it('Admin Pusat creates a profile from form values, normalised and audited', async () => {
    const input = trainerInput({ name: '  Dewi Lestari ', email: ' Dewi.Lestari.A@Contoh.ID ' })
    const trainer = await createTrainer(admin, input)
    expect(trainer).toEqual({
      id: expect.any(String), name: 'Dewi Lestari', email: 'dewi.lestari.a@contoh.id', phone: '+6281234567890', homeProvinceCode: '32',
      institution: 'Dinas Perpustakaan Provinsi Jawa Barat', expertise: ['Literasi Digital', 'advokasi'], active: true,
    })
    const { id: _id, ...stored } = trainer
    expect(await storedTrainer(trainer.id)).toEqual(stored)

    const audit = await testDb().auditLog.findMany({ where: { entity: 'Trainer', entityId: trainer.id } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', actorId: admin.userId, actorRole: 'ADMIN_PUSAT', before: null })
    expect(audit[0].after).toMatchObject({ email: 'dewi.lestari.a@contoh.id', homeProvinceCode: '32', expertise: ['Literasi Digital', 'advokasi'] })

    const profile = await getTrainerOrThrow(admin, trainer.id)
    expect(profile).toMatchObject({ name: 'Dewi Lestari', homeProvince: { name: 'Jawa Barat' }, user: null, assignments: [] })
  })

  it('leaves optional fields empty and an unchecked "active" box inactive', async () => {
    const trainer = await createTrainer(admin, trainerInput({ phone: '  ', institution: '', expertise: ' , ', active: 'false' }))
    expect(trainer).toMatchObject({ phone: null, institution: null, expertise: [], active: false })
  })

  it('explains every invalid field in Indonesian and writes nothing', async () => {
    const before = await trainerRowCounts()
    const invalid = await expectAppError(createTrainer(admin, {
      name: 'Ab', email: 'bukan-email', phone: '12345', homeProvinceCode: '', institution: 'x'.repeat(201),
      expertise: Array.from({ length: 16 }, (_, i) => `Keahlian ${i + 1}`).join(', '),
    }), 'VALIDATION', 'Periksa kembali isian yang ditandai.')
    expect(invalid.fieldErrors).toEqual({
      name: ['Nama minimal 3 karakter.'],
      email: ['Alamat e-mail tidak valid, mis. nama@contoh.id.'],
      phone: ['Nomor HP harus nomor seluler Indonesia yang valid, mis. 0812-3456-7890.'],
      homeProvinceCode: ['Pilih provinsi asal.'],
      institution: ['Maksimal 200 karakter.'],
      expertise: ['Maksimal 15 keahlian.'],
    })

    const missing = await expectAppError(createTrainer(admin, {}), 'VALIDATION')
    expect(missing.fieldErrors).toEqual({ name: ['Nama wajib diisi.'], email: ['E-mail wajib diisi.'], homeProvinceCode: ['Pilih provinsi asal.'] })

    const foreign = await expectAppError(createTrainer(admin, trainerInput({ phone: '+1 555 0100', expertise: `${'x'.repeat(61)}, Advokasi` })), 'VALIDATION')
    expect(foreign.fieldErrors).toEqual({ phone: ['Nomor HP harus nomor Indonesia (+62).'], expertise: ['Setiap keahlian maksimal 60 karakter.'] })

    const unknownProvince = await expectAppError(createTrainer(admin, trainerInput({ homeProvinceCode: '99' })), 'VALIDATION')
    expect(unknownProvince.fieldErrors).toEqual({ homeProvinceCode: ['Provinsi tidak dikenal.'] })

    expect(await trainerRowCounts()).toEqual(before)
  })

  it('refuses an e-mail another trainer already has (in any case) with a clear message', async () => {
    const email = uniqueEmail('kembar')
    const first = await createTrainer(admin, trainerInput({ email }))
    const before = await trainerRowCounts()
    const error = await expectAppError(createTrainer(admin, trainerInput({ name: 'Orang Lain', email: email.toUpperCase() })), 'CONFLICT', 'E-mail ini sudah dipakai pelatih lain.')
    expect(error.fieldErrors).toEqual({ email: ['E-mail ini sudah dipakai pelatih lain.'] })
    expect(await trainerRowCounts()).toEqual(before)
    expect(await testDb().trainer.findMany({ where: { email }, select: { id: true } })).toEqual([{ id: first.id }])
  })

  it('refuses Operator Provinsi, Peserta and Pelatih Ahli, writing nothing', async () => {
    const before = await trainerRowCounts()
    for (const actor of [operator, peserta, pelatih]) {
      await expectAppError(createTrainer(actor, trainerInput()), 'FORBIDDEN', 'Anda tidak berwenang')
    }
    expect(await trainerRowCounts()).toEqual(before)
  })
})

describe('updateTrainer', () => {
  it('Admin Pusat edits home province, contact and expertise; the audit keeps before and after', async () => {
    const trainer = await createTrainer(admin, trainerInput())
    const edited = await updateTrainer(admin, {
      trainerId: trainer.id, name: 'Dewi Lestari, S.IP.', email: trainer.email, phone: '+62 813 1111 2222', homeProvinceCode: '64',
      institution: '', expertise: 'Pengelolaan Koleksi; Advokasi', active: 'false',
    })
    expect(edited).toEqual({
      id: trainer.id, name: 'Dewi Lestari, S.IP.', email: trainer.email, phone: '+6281311112222', homeProvinceCode: '64',
      institution: null, expertise: ['Pengelolaan Koleksi', 'Advokasi'], active: false,
    })
    expect(await storedTrainer(trainer.id)).toMatchObject({ homeProvinceCode: '64', institution: null, active: false })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Trainer', entityId: trainer.id, action: 'update' } })
    expect(audit.actorId).toBe(admin.userId)
    expect(audit.before).toMatchObject({ homeProvinceCode: '32', phone: '+6281234567890', institution: 'Dinas Perpustakaan Provinsi Jawa Barat', active: true })
    expect(audit.after).toMatchObject({ homeProvinceCode: '64', phone: '+6281311112222', institution: null, active: false })
    expect((await getTrainerOrThrow(admin, trainer.id)).homeProvince.name).toBe('Kalimantan Timur')
  })

  it('keeps a trainer\'s own e-mail but refuses another trainer\'s, and explains invalid fields, writing nothing', async () => {
    const a = await createTrainer(admin, trainerInput())
    const b = await createTrainer(admin, trainerInput())
    await updateTrainer(admin, { ...trainerInput({ email: a.email.toUpperCase(), name: 'Nama Baru A' }), trainerId: a.id })
    expect((await storedTrainer(a.id)).name).toBe('Nama Baru A')

    const before = await trainerRowCounts()
    const conflict = await expectAppError(updateTrainer(admin, { ...trainerInput({ email: a.email }), trainerId: b.id }), 'CONFLICT', 'E-mail ini sudah dipakai pelatih lain.')
    expect(conflict.fieldErrors).toEqual({ email: ['E-mail ini sudah dipakai pelatih lain.'] })
    const invalid = await expectAppError(updateTrainer(admin, { ...trainerInput({ name: '', email: '' }), trainerId: 'bukan-id' }), 'VALIDATION')
    expect(invalid.fieldErrors).toEqual({ name: ['Nama minimal 3 karakter.'], email: ['E-mail wajib diisi.'], trainerId: ['Pelatih tidak valid.'] })
    const province = await expectAppError(updateTrainer(admin, { ...trainerInput({ email: b.email, homeProvinceCode: '99' }), trainerId: b.id }), 'VALIDATION')
    expect(province.fieldErrors).toEqual({ homeProvinceCode: ['Provinsi tidak dikenal.'] })
    await expectAppError(updateTrainer(admin, { ...trainerInput(), trainerId: randomUUID() }), 'NOT_FOUND', 'Pelatih tidak ditemukan.')
    expect(await trainerRowCounts()).toEqual(before)
    expect(await storedTrainer(b.id)).toMatchObject({ email: b.email, homeProvinceCode: '32' })
  })

  it('refuses Operator Provinsi and Peserta, even for a trainer teaching in the operator\'s province', async () => {
    const trainer = await createTrainer(admin, trainerInput())
    const wave = await createWave((await createProgram()).id)
    await assignTrainer(trainer.id, (await createCohort(wave.id, '32')).id)
    const stored = await storedTrainer(trainer.id)
    const before = await trainerRowCounts()
    for (const actor of [operator, peserta]) {
      await expectAppError(updateTrainer(actor, { ...trainerInput({ email: trainer.email, name: 'Diubah Operator' }), trainerId: trainer.id }), 'FORBIDDEN')
    }
    expect(await trainerRowCounts()).toEqual(before)
    expect(await storedTrainer(trainer.id)).toEqual(stored)
  })

  it('lets a Pelatih Ahli edit their own contact details and expertise, but not their home province or status', async () => {
    const stored = await storedTrainer(ownTrainerId)
    const edited = await updateTrainer(pelatih, {
      trainerId: ownTrainerId, name: 'Pelatih Mandiri', email: stored.email, phone: '0857 1234 5678',
      institution: 'Universitas Uji', expertise: 'Literasi Informasi', homeProvinceCode: '11', active: 'false',
    })
    expect(edited).toEqual({
      id: ownTrainerId, name: 'Pelatih Mandiri', email: stored.email, phone: '+6285712345678', homeProvinceCode: stored.homeProvinceCode,
      institution: 'Universitas Uji', expertise: ['Literasi Informasi'], active: true,
    })
    expect(await storedTrainer(ownTrainerId)).toMatchObject({ homeProvinceCode: '33', active: true, name: 'Pelatih Mandiri' })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Trainer', entityId: ownTrainerId, action: 'update', actorId: pelatih.userId } })
    expect(audit).toMatchObject({ actorRole: 'PELATIH_AHLI' })
    expect(audit.before).toMatchObject({ homeProvinceCode: '33', phone: stored.phone })
    expect(audit.after).toMatchObject({ name: 'Pelatih Mandiri', phone: '+6285712345678', homeProvinceCode: '33' })

    // The same form errors apply; the province and status fields are simply not theirs.
    const invalid = await expectAppError(updateTrainer(pelatih, { trainerId: ownTrainerId, name: 'P', email: stored.email }), 'VALIDATION')
    expect(invalid.fieldErrors).toEqual({ name: ['Nama minimal 3 karakter.'] })
  })

  it('never lets a Pelatih Ahli edit another trainer\'s profile or take their e-mail', async () => {
    const other = await storedTrainer(otherTrainerId)
    const own = await storedTrainer(ownTrainerId)
    const before = await trainerRowCounts()
    await expectAppError(
      updateTrainer(pelatih, { trainerId: otherTrainerId, name: 'Diubah Pelatih Lain', email: other.email }),
      'NOT_FOUND', 'Pelatih tidak ditemukan.',
    )
    await expectAppError(updateTrainer(pelatih, { trainerId: ownTrainerId, name: own.name, email: other.email }), 'CONFLICT', 'E-mail ini sudah dipakai pelatih lain.')
    // A trainer account without its profile link reaches no profile at all.
    const unlinked = (await createUser('PELATIH_AHLI')).actor
    await expectAppError(updateTrainer(unlinked, { trainerId: otherTrainerId, name: 'Tanpa Tautan', email: other.email }), 'NOT_FOUND')
    await expectAppError(createTrainer(pelatih, trainerInput()), 'FORBIDDEN')
    expect(await trainerRowCounts()).toEqual(before)
    expect(await storedTrainer(otherTrainerId)).toEqual(other)
    expect(await storedTrainer(ownTrainerId)).toEqual(own)
  })
})

describe('reading trainers', () => {
  it('shows Admin Pusat every profile with assignments; an operator only those teaching in their province; a trainer only their own', async () => {
    const tag = `Tagar${randomUUID().slice(0, 6)}`
    const inJabar = await createTrainer(admin, trainerInput({ name: `Ahmad ${tag}`, homeProvinceCode: '31', expertise: tag }))
    const elsewhere = await createTrainer(admin, trainerInput({ name: `Budi ${tag}`, homeProvinceCode: '32' }))
    const program = await createProgram()
    const wave = await createWave(program.id)
    const jabar = await createCohort(wave.id, '32', { start: '2024-06-10', end: '2024-06-12' })
    const bali = await createCohort(wave.id, '51', { start: '2024-05-10', end: '2024-05-12' })
    await assignTrainer(inJabar.id, jabar.id, 'LEAD')
    await assignTrainer(inJabar.id, bali.id)
    await assignTrainer(elsewhere.id, bali.id)

    const profile = await getTrainerOrThrow(admin, inJabar.id)
    expect(profile.assignments.map((a) => [a.role, a.cohort.province.name])).toEqual([['SUPPORT', 'Bali'], ['LEAD', 'Jawa Barat']])
    // The operator of Jawa Barat sees the trainer, but only the assignment in their province.
    const seenByOperator = await getTrainerOrThrow(operator, inJabar.id)
    expect(seenByOperator.assignments.map((a) => a.cohort.province.name)).toEqual(['Jawa Barat'])
    await expectAppError(getTrainerOrThrow(operator, elsewhere.id), 'NOT_FOUND', 'Pelatih tidak ditemukan.')

    expect((await getTrainerOrThrow(pelatih, ownTrainerId)).id).toBe(ownTrainerId)
    await expectAppError(getTrainerOrThrow(pelatih, inJabar.id), 'NOT_FOUND')
    await expectAppError(getTrainerOrThrow(peserta, inJabar.id), 'FORBIDDEN')
    await expectAppError(getTrainerOrThrow(admin, randomUUID()), 'NOT_FOUND')
    await expectAppError(getTrainerOrThrow(admin, 'bukan-uuid'), 'NOT_FOUND', 'Pelatih tidak ditemukan.')

    const byName = await listTrainers(admin, { q: ` ${tag.toLowerCase()} ` })
    expect(byName.trainers.map((t) => [t.name, t.homeProvince.name, t._count.assignments])).toEqual([
      [`Ahmad ${tag}`, 'Daerah Khusus Ibukota Jakarta', 2], [`Budi ${tag}`, 'Jawa Barat', 1],
    ])
    expect(byName).toMatchObject({ total: 2, page: 1, pageCount: 1 })
    expect((await listTrainers(admin, { q: tag, provinceCode: '32' })).trainers.map((t) => t.id)).toEqual([elsewhere.id])
    expect((await listTrainers(admin, { q: tag, page: 99 })).page).toBe(1)
    expect((await listTrainers(operator, { q: tag })).trainers.map((t) => t.id)).toEqual([inJabar.id])
    expect((await listTrainers(pelatih)).trainers.map((t) => t.id)).toEqual([ownTrainerId])
    await expectAppError(listTrainers(peserta), 'FORBIDDEN')
  })

  it('finds trainers by e-mail, institution and an expertise tag', async () => {
    const trainer = await createTrainerRow('52')
    const stored = await storedTrainer(trainer.id)
    await testDb().trainer.update({ where: { id: trainer.id }, data: { institution: 'Perpustakaan Nasional Unik', expertise: ['Kurasi Unik'] } })
    expect((await listTrainers(admin, { q: stored.email.toUpperCase() })).trainers.map((t) => t.id)).toEqual([trainer.id])
    expect((await listTrainers(admin, { q: 'nasional unik' })).trainers.map((t) => t.id)).toEqual([trainer.id])
    expect((await listTrainers(admin, { q: 'Kurasi Unik' })).trainers.map((t) => t.id)).toEqual([trainer.id])
  })
})
