import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { DEFAULT_SCHEDULING_SETTINGS, getSchedulingSettings, updateSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { testDb } from '../../support/database'
import { createProgramWithModules, expectAppError, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))

const form = (extra: object = {}) => ({
  startTime: '07:30', slotsPerDay: '8', firstDaySlot: '1', trainersPerCohort: '3', travelGapDays: '2',
  breakAfter0: '2', breakMinutes0: '15', breakAfter1: '5', breakMinutes1: '60', breakAfter2: '', breakMinutes2: '',
  ...extra,
})

const settingRows = () => testDb().setting.count({ where: { key: 'scheduling' } })

describe('scheduling settings', () => {
  it('starts from the defaults before anyone saves', async () => {
    expect(await getSchedulingSettings()).toEqual(DEFAULT_SCHEDULING_SETTINGS)
  })

  it('refuses every role but Admin Pusat and writes nothing', async () => {
    for (const actor of refused) await expectAppError(updateSchedulingSettings(actor, form()), 'FORBIDDEN')
    expect(await settingRows()).toBe(0)
    expect(await getSchedulingSettings()).toEqual(DEFAULT_SCHEDULING_SETTINGS)
  })

  it('explains every invalid field at once in Indonesian and writes nothing', async () => {
    const error = await expectAppError(
      updateSchedulingSettings(admin, form({ startTime: '25:00', slotsPerDay: '0', trainersPerCohort: '', breakAfter1: '', travelGapDays: '-1' })),
      'VALIDATION',
    )
    expect(error.fieldErrors).toMatchObject({
      startTime: ['Jam mulai tidak valid (format JJ:MM, contoh 08:00).'],
      slotsPerDay: ['JP per hari minimal 1.'],
      trainersPerCohort: ['Pelatih per kelas wajib diisi dengan angka.'],
      travelGapDays: ['Jeda perjalanan minimal 0.'],
      breakAfter1: [expect.stringContaining('Isi keduanya')],
    })
    expect(await settingRows()).toBe(0)
  })

  it('refuses a day that runs past midnight or a break after the last JP', async () => {
    const late = await expectAppError(updateSchedulingSettings(admin, form({ startTime: '20:00' })), 'VALIDATION', /melewati tengah malam/)
    expect(late.fieldErrors?.dayPlan).toHaveLength(1)
    await expectAppError(updateSchedulingSettings(admin, form({ breakAfter0: '8' })), 'VALIDATION', /Istirahat setelah JP ke-8 tidak mungkin/)
    expect(await settingRows()).toBe(0)
  })

  it('saves, audits, and the next generated agenda follows the new day plan', async () => {
    const saved = await updateSchedulingSettings(admin, form())
    expect(saved).toEqual({
      dayPlan: { startMinutes: 450, slotsPerDay: 8, firstDayStartSlot: 0, breaks: [{ afterSlot: 2, minutes: 15 }, { afterSlot: 5, minutes: 60 }] },
      trainersPerCohort: 3, travelGapDays: 2,
    })
    expect(await getSchedulingSettings()).toEqual(saved)
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Setting', entityId: 'scheduling' } })
    expect(audit).toMatchObject({ action: 'update', actorId: admin.userId, before: DEFAULT_SCHEDULING_SETTINGS, after: saved })

    // Jawa Barat (WIB): the first day now starts at 07.30 local = 00.30Z; JP 3 comes after a 15-minute break.
    const program = await createProgramWithModules()
    const wave = await createWaveWithCohorts(admin, {
      programId: program.id, number: '1', startDate: '2025-07-01', endDate: '2025-07-02', mode: 'LURING', quota: '60', status: 'OPEN',
      cohorts: [{ provinceCode: '32' }],
    })
    const sessions = await testDb().session.findMany({ where: { cohortId: wave.cohorts[0].id }, orderBy: { startsAt: 'asc' }, select: { startsAt: true } })
    expect(sessions.slice(0, 3).map((s) => s.startsAt.toISOString())).toEqual(['2025-07-01T00:30:00.000Z', '2025-07-01T01:15:00.000Z', '2025-07-01T02:15:00.000Z'])
  })
})
