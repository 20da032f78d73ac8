import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { getWaveOrThrow } from '@/lib/server/waves/get-wave'
import { testDb } from '../../support/database'
import { createProgramWithModules, expectAppError, rowCounts, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))

const waveInput = (programId: string, cohorts: object[], extra: object = {}) => ({
  programId, number: '1', startDate: '2025-07-01', endDate: '2025-07-02', mode: 'LURING', quota: '60', status: 'OPEN',
  cohorts: JSON.stringify(cohorts), ...extra,
})

const sessionsOf = (cohortId: string) =>
  testDb().session.findMany({ where: { cohortId }, orderBy: { startsAt: 'asc' }, select: { kind: true, title: true, moduleId: true, jp: true, mode: true, startsAt: true, endsAt: true } })

describe('createWaveWithCohorts', () => {
  it('creates the wave, one cohort per province and their agendas in each province\'s own time zone', async () => {
    const program = await createProgramWithModules()
    const created = await createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '32' }, { provinceCode: '51' }, { provinceCode: '91' }]))
    expect(created.cohorts).toHaveLength(3)
    const cohorts = await testDb().cohort.findMany({ where: { waveId: created.id }, orderBy: { provinceCode: 'asc' } })
    expect(cohorts.map((c) => [c.name, c.venue, c.city, c.quota, c.status])).toEqual([
      ['Kelas Jawa Barat', 'Akan ditentukan', 'Jawa Barat', 60, 'OPEN'],
      ['Kelas Bali', 'Akan ditentukan', 'Bali', 60, 'OPEN'],
      ['Kelas Papua', 'Akan ditentukan', 'Papua', 60, 'OPEN'],
    ])
    // The first day starts after lunch: 13.00 local = 06.00Z (WIB), 05.00Z (WITA), 04.00Z (WIT).
    const firstStarts = await Promise.all(cohorts.map(async (c) => (await sessionsOf(c.id))[0].startsAt.toISOString()))
    expect(firstStarts).toEqual(['2025-07-01T06:00:00.000Z', '2025-07-01T05:00:00.000Z', '2025-07-01T04:00:00.000Z'])

    const bali = await sessionsOf(cohorts[1].id)
    expect(bali.map((s) => [s.kind, s.title, s.jp])).toEqual([
      ['PRE_TEST', 'Pre-test', 1],
      ['OPENING', 'Pembukaan dan Kontrak Belajar', 0],
      ['MODULE', 'Konsep TPBIS', 2],
      ['MODULE', 'Layanan Informasi', 3],
      ['MODULE', 'Pelibatan Masyarakat', 2],
      ['POST_TEST', 'Post-test', 1],
      ['CLOSING', 'Penutupan', 0],
    ])
    expect(bali.filter((s) => s.kind === 'MODULE').map((s) => s.moduleId)).toEqual(program.modules.map((m) => m.id))
    expect(bali.every((s) => s.mode === 'LURING')).toBe(true)
    // Day 2 opens at 08.00 WITA = 00.00Z with the 3-JP module (08.00–10.15).
    expect([bali[3].startsAt.toISOString(), bali[3].endsAt.toISOString()]).toEqual(['2025-07-02T00:00:00.000Z', '2025-07-02T02:15:00.000Z'])

    expect(await testDb().waveQuota.count({ where: { waveId: created.id } })).toBe(3)
    expect(await testDb().auditLog.count({ where: { entity: 'Wave', entityId: created.id, action: 'create' } })).toBe(1)
    expect(await testDb().auditLog.count({ where: { entity: 'Cohort', entityId: { in: cohorts.map((c) => c.id) } } })).toBe(3)

    const page = await getWaveOrThrow(admin, created.id)
    expect(page.cohorts.map((c) => [c.province.name, c.sessionCount, c.trainerCount])).toEqual([
      ['Jawa Barat', 7, 0], ['Bali', 7, 0], ['Papua', 7, 0],
    ])
  })

  it('takes per-province venue, city, dates and quota, and the wave mode for every session', async () => {
    const program = await createProgramWithModules()
    const created = await createWaveWithCohorts(admin, waveInput(program.id, [
      { provinceCode: '64', venue: 'Hotel Mesra', city: 'Samarinda', startDate: '2025-07-03', endDate: '2025-07-05', quota: '40' },
    ], { mode: 'DARING', status: 'DRAFT', startDate: '2025-07-01', endDate: '2025-07-05' }))
    const cohort = await testDb().cohort.findFirstOrThrow({ where: { waveId: created.id } })
    expect(cohort).toMatchObject({ venue: 'Hotel Mesra', city: 'Samarinda', quota: 40, status: 'DRAFT', startDate: new Date('2025-07-03') })
    const sessions = await sessionsOf(cohort.id)
    expect(sessions[0].startsAt.toISOString()).toBe('2025-07-03T05:00:00.000Z')
    expect(sessions.every((s) => s.mode === 'DARING')).toBe(true)
  })

  it('writes nothing when one province\'s agenda does not fit its dates, and names that province', async () => {
    const program = await createProgramWithModules()
    const before = await rowCounts()
    const error = await expectAppError(
      createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '32' }, { provinceCode: '91', endDate: '2025-07-01' }])),
      'VALIDATION', /Agenda tidak muat.*Papua/,
    )
    expect(error?.message).not.toContain('Jawa Barat')
    expect(await rowCounts()).toEqual(before)
  })

  it('validates in Indonesian: dates, provinces, duplicates, empty curriculum, taken wave number', async () => {
    const program = await createProgramWithModules()
    const e1 = await expectAppError(createWaveWithCohorts(admin, waveInput(program.id, [], { endDate: '2025-06-30', number: '0' })), 'VALIDATION')
    expect(e1?.fieldErrors).toMatchObject({
      endDate: ['Tanggal selesai tidak boleh sebelum tanggal mulai.'],
      cohorts: ['Pilih minimal satu provinsi.'],
      number: ['Nomor gelombang minimal 1.'],
    })
    const e2 = await expectAppError(createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '32' }, { provinceCode: '32' }])), 'VALIDATION')
    expect(e2?.fieldErrors).toMatchObject({ cohorts: ['Setiap provinsi hanya boleh dipilih sekali.'] })
    await expectAppError(createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '99' }])), 'VALIDATION')
    const empty = await testDb().program.create({ data: { name: `Tanpa Modul ${program.id}`, kind: 'SPP_TIK', year: 2025 }, select: { id: true } })
    await expectAppError(createWaveWithCohorts(admin, waveInput(empty.id, [{ provinceCode: '32' }])), 'VALIDATION', 'belum memiliki modul')

    await createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '32' }], { number: '4' }))
    const before = await rowCounts()
    await expectAppError(createWaveWithCohorts(admin, waveInput(program.id, [{ provinceCode: '33' }], { number: '4' })), 'CONFLICT', 'Gelombang 4 sudah ada')
    expect(await rowCounts()).toEqual(before)
  })

  it('refuses Operator Provinsi and Pelatih Ahli, writing nothing', async () => {
    const program = await createProgramWithModules()
    const before = await rowCounts()
    for (const actor of refused) {
      await expectAppError(createWaveWithCohorts(actor, waveInput(program.id, [{ provinceCode: '32' }])), 'FORBIDDEN')
    }
    expect(await rowCounts()).toEqual(before)
  })
})
