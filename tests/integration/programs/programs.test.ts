import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { addModule } from '@/lib/server/programs/add-module'
import { createProgram } from '@/lib/server/programs/create-program'
import { deleteModule } from '@/lib/server/programs/delete-module'
import { getProgramOrThrow } from '@/lib/server/programs/get-program'
import { listPrograms } from '@/lib/server/programs/list-programs'
import { moveModule } from '@/lib/server/programs/move-module'
import { updateModule } from '@/lib/server/programs/update-module'
import { updateProgram } from '@/lib/server/programs/update-program'
import { testDb } from '../../support/database'
import { createCohort, createSession, createWave } from '../../support/factories'
import { createProgramWithModules, expectAppError, rowCounts, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))

const programInput = (name: string) => ({
  name, kind: 'PENGELOLA_PERPUSTAKAAN_UMUM', year: '2025', minAttendancePercent: '75', postTestRequired: 'on', postTestPassMark: '65',
})

const orders = async (programId: string) =>
  (await testDb().module.findMany({ where: { programId }, orderBy: { order: 'asc' }, select: { title: true, order: true } }))

describe('programs', () => {
  it('Admin Pusat creates a program from form values, audited', async () => {
    const program = await createProgram(admin, programInput('Bimtek Pengelola 2025 A'))
    expect(program).toMatchObject({ kind: 'PENGELOLA_PERPUSTAKAAN_UMUM', year: 2025, minAttendancePercent: 75, postTestRequired: true, postTestPassMark: 65 })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Program', entityId: program.id } })
    expect(audit).toMatchObject({ action: 'create', actorId: admin.userId })
    const listed = await listPrograms(admin)
    expect(listed.find((p) => p.id === program.id)).toMatchObject({ waveCount: 0, cohortCount: 0, totalJp: 0 })
  })

  it('explains every invalid field in Indonesian and writes nothing', async () => {
    const before = await rowCounts()
    const error = await expectAppError(
      createProgram(admin, { name: 'X', kind: 'LAIN', year: '', minAttendancePercent: '0', postTestPassMark: '101' }),
      'VALIDATION', 'Periksa kembali',
    )
    expect(error?.fieldErrors).toMatchObject({
      name: ['Nama program minimal 3 karakter.'],
      kind: ['Pilih jenis program.'],
      year: ['Tahun wajib diisi dengan angka.'],
      minAttendancePercent: ['Kehadiran minimal minimal 1.'],
      postTestPassMark: ['Nilai lulus post-test maksimal 100.'],
    })
    expect(await rowCounts()).toEqual(before)
  })

  it('refuses a duplicate name with a CONFLICT in Indonesian, on create and on rename', async () => {
    await createProgram(admin, programInput('Bimtek Kembar'))
    const other = await createProgram(admin, programInput('Bimtek Lain'))
    await expectAppError(createProgram(admin, programInput('Bimtek Kembar')), 'CONFLICT', 'Nama program sudah dipakai.')
    await expectAppError(updateProgram(admin, { programId: other.id, ...programInput('Bimtek Kembar') }), 'CONFLICT', 'Nama program sudah dipakai.')
    expect(await testDb().program.count({ where: { name: 'Bimtek Kembar' } })).toBe(1)
  })

  it('updates the certificate rule; an unchecked post-test box means not required', async () => {
    const program = await createProgram(admin, programInput('Bimtek Aturan'))
    const { postTestRequired: _, ...withoutBox } = programInput('Bimtek Aturan')
    const updated = await updateProgram(admin, { programId: program.id, ...withoutBox, minAttendancePercent: '90' })
    expect(updated).toMatchObject({ minAttendancePercent: 90, postTestRequired: false })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Program', entityId: program.id, action: 'update' } })
    expect(audit.before).toMatchObject({ minAttendancePercent: 75 })
    expect(audit.after).toMatchObject({ minAttendancePercent: 90 })
  })

  it('refuses Operator Provinsi and Pelatih Ahli every program change, writing nothing', async () => {
    const program = await createProgramWithModules()
    const before = await rowCounts()
    for (const actor of refused) {
      await expectAppError(createProgram(actor, programInput('Bimtek Terlarang')), 'FORBIDDEN')
      await expectAppError(updateProgram(actor, { programId: program.id, ...programInput('Bimtek Terlarang') }), 'FORBIDDEN')
      await expectAppError(addModule(actor, { programId: program.id, title: 'Modul Terlarang', jp: '2' }), 'FORBIDDEN')
      await expectAppError(updateModule(actor, { moduleId: program.modules[0].id, title: 'Modul Terlarang', jp: '2' }), 'FORBIDDEN')
      await expectAppError(moveModule(actor, { moduleId: program.modules[1].id, direction: 'up' }), 'FORBIDDEN')
      await expectAppError(deleteModule(actor, { moduleId: program.modules[0].id }), 'FORBIDDEN')
    }
    expect(await rowCounts()).toEqual(before)
    expect(await orders(program.id)).toEqual(program.modules.map(({ title, order }) => ({ title, order })))
  })
})

describe('curriculum', () => {
  it('adds modules at the end, edits them and totals the JP', async () => {
    const program = await createProgram(admin, programInput('Bimtek Kurikulum'))
    const a = await addModule(admin, { programId: program.id, title: 'Modul Satu', jp: '2' })
    const b = await addModule(admin, { programId: program.id, title: 'Modul Dua', jp: '4' })
    expect([a.order, b.order]).toEqual([1, 2])
    await updateModule(admin, { moduleId: a.id, title: 'Modul Satu (revisi)', jp: '3' })
    const detail = await getProgramOrThrow(admin, program.id)
    expect(detail.totalJp).toBe(7)
    expect(detail.modules.map((m) => m.title)).toEqual(['Modul Satu (revisi)', 'Modul Dua'])
    expect(await testDb().auditLog.count({ where: { entity: 'Module' } })).toBeGreaterThanOrEqual(3)
  })

  it('refuses a module without a title or with JP below 1', async () => {
    const program = await createProgramWithModules()
    const error = await expectAppError(addModule(admin, { programId: program.id, title: '', jp: '0' }), 'VALIDATION')
    expect(error?.fieldErrors).toMatchObject({ title: ['Judul modul minimal 3 karakter.'], jp: ['JP minimal 1.'] })
  })

  it('reorders up and down, keeping orders unique and contiguous; refuses moving past the ends', async () => {
    const program = await createProgramWithModules()
    const [first, second, third] = program.modules
    await moveModule(admin, { moduleId: third.id, direction: 'up' })
    expect(await orders(program.id)).toEqual([
      { title: first.title, order: 1 }, { title: third.title, order: 2 }, { title: second.title, order: 3 },
    ])
    await moveModule(admin, { moduleId: first.id, direction: 'down' })
    expect((await orders(program.id)).map((m) => m.title)).toEqual([third.title, first.title, second.title])
    await expectAppError(moveModule(admin, { moduleId: third.id, direction: 'up' }), 'VALIDATION', 'sudah di urutan pertama')
    await expectAppError(moveModule(admin, { moduleId: second.id, direction: 'down' }), 'VALIDATION', 'sudah di urutan terakhir')
    // Concurrent moves take turns on the program row and never break the unique order.
    await Promise.allSettled([
      moveModule(admin, { moduleId: first.id, direction: 'up' }),
      moveModule(admin, { moduleId: second.id, direction: 'up' }),
      moveModule(admin, { moduleId: third.id, direction: 'down' }),
    ])
    const after = await orders(program.id)
    expect(after.map((m) => m.order)).toEqual([1, 2, 3])
    expect(new Set(after.map((m) => m.title)).size).toBe(3)
  })

  it('deletes a module, closes the order gap and detaches its scheduled sessions instead of losing them', async () => {
    const program = await createProgramWithModules()
    const [first, second, third] = program.modules
    const wave = await createWave(program.id)
    const cohort = await createCohort(wave.id, '32')
    const session = await createSession(cohort.id)
    await testDb().session.update({ where: { id: session.id }, data: { moduleId: first.id } })
    const result = await deleteModule(admin, { moduleId: first.id })
    expect(result).toEqual({ detachedSessions: 1 })
    expect(await orders(program.id)).toEqual([{ title: second.title, order: 1 }, { title: third.title, order: 2 }])
    expect(await testDb().session.findUniqueOrThrow({ where: { id: session.id }, select: { moduleId: true } })).toEqual({ moduleId: null })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Module', entityId: first.id, action: 'delete' } })
    expect(audit.after).toEqual({ detachedSessions: 1 })
  })

  it('reports unknown programs and modules as not found', async () => {
    const missing = '00000000-0000-7000-8000-000000000000'
    await expectAppError(getProgramOrThrow(admin, missing), 'NOT_FOUND')
    await expectAppError(getProgramOrThrow(admin, 'bukan-uuid'), 'NOT_FOUND')
    await expectAppError(addModule(admin, { programId: missing, title: 'Modul X', jp: '1' }), 'NOT_FOUND')
    await expectAppError(deleteModule(admin, { moduleId: missing }), 'NOT_FOUND')
  })
})
