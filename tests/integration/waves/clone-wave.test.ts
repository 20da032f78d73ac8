import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { cloneWave } from '@/lib/server/waves/clone-wave'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { testDb } from '../../support/database'
import { assignTrainer, createTrainer } from '../../support/factories'
import { createProgramWithModules, expectAppError, rowCounts, schedulingActors } from '../../support/scheduling-factories'

let admin: Actor
let refused: Actor[]
beforeAll(async () => ({ admin, refused } = await schedulingActors()))

const DAY = 86_400_000

async function plannedWave() {
  const program = await createProgramWithModules()
  const wave = await createWaveWithCohorts(admin, {
    programId: program.id, number: '1', startDate: '2025-07-01', endDate: '2025-07-02', mode: 'DARING', quota: '45', status: 'OPEN',
    cohorts: [{ provinceCode: '32', venue: 'Hotel Bandung' }, { provinceCode: '51' }, { provinceCode: '91', endDate: '2025-07-03' }],
  })
  return { program, wave }
}

const cohortsOf = (waveId: string) =>
  testDb().cohort.findMany({
    where: { waveId }, orderBy: { provinceCode: 'asc' },
    select: {
      provinceCode: true, venue: true, city: true, quota: true, status: true, startDate: true, endDate: true,
      sessions: { orderBy: { startsAt: 'asc' }, select: { title: true, kind: true, moduleId: true, jp: true, mode: true, startsAt: true, endsAt: true, meetingUrl: true } },
      _count: { select: { assignments: true } },
    },
  })

describe('cloneWave', () => {
  it('copies cohorts and agendas to the new dates, same local times, as drafts, without trainers or links', async () => {
    const { wave } = await plannedWave()
    const source = await cohortsOf(wave.id)
    const trainer = await createTrainer('32')
    await assignTrainer(trainer.id, wave.cohorts[0].id, 'LEAD')
    await testDb().session.updateMany({ where: { cohortId: wave.cohorts[0].id }, data: { meetingUrl: 'https://zoom.us/j/1' } })

    const copy = await cloneWave(admin, { waveId: wave.id, number: '2', startDate: '2025-08-04' })
    expect(copy).toMatchObject({ number: 2, mode: 'DARING', dayOffset: 34, cohortCount: 3, startDate: new Date('2025-08-04'), endDate: new Date('2025-08-05') })
    const cloned = await cohortsOf(copy.id)
    expect(cloned).toHaveLength(3)
    cloned.forEach((c, i) => {
      const s = source[i]
      expect(c).toMatchObject({ provinceCode: s.provinceCode, venue: s.venue, city: s.city, quota: 45, status: 'DRAFT' })
      expect(c.startDate.getTime() - s.startDate.getTime()).toBe(34 * DAY)
      expect(c.endDate.getTime() - s.endDate.getTime()).toBe(34 * DAY)
      expect(c._count.assignments).toBe(0)
      expect(c.sessions).toHaveLength(s.sessions.length)
      c.sessions.forEach((session, j) => {
        const old = s.sessions[j]
        expect(session).toMatchObject({ title: old.title, kind: old.kind, moduleId: old.moduleId, jp: old.jp, mode: old.mode, meetingUrl: null })
        // Indonesia keeps no daylight saving: the same local time is exactly whole days later.
        expect(session.startsAt.getTime() - old.startsAt.getTime()).toBe(34 * DAY)
        expect(session.endsAt.getTime() - old.endsAt.getTime()).toBe(34 * DAY)
      })
    })
    expect(cloned[2].endDate).toEqual(new Date('2025-08-06')) // Papua's own longer dates move too
    expect(await testDb().waveQuota.count({ where: { waveId: copy.id } })).toBe(3)
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Wave', entityId: copy.id, action: 'clone' } })
    expect(audit.after).toMatchObject({ clonedFromWaveId: wave.id, dayOffset: 34 })
  })

  it('moves backwards too', async () => {
    const { wave } = await plannedWave()
    const copy = await cloneWave(admin, { waveId: wave.id, number: '3', startDate: '2025-06-24' })
    expect(copy.dayOffset).toBe(-7)
    const [first] = await cohortsOf(copy.id)
    expect(first.sessions[0].startsAt.toISOString()).toBe('2025-06-24T06:00:00.000Z')
  })

  it('refuses a taken number with nothing written, and an unknown wave', async () => {
    const { wave } = await plannedWave()
    const before = await rowCounts()
    await expectAppError(cloneWave(admin, { waveId: wave.id, number: '1', startDate: '2025-09-01' }), 'CONFLICT', 'Gelombang 1 sudah ada')
    expect(await rowCounts()).toEqual(before)
    await expectAppError(cloneWave(admin, { waveId: '00000000-0000-7000-8000-000000000000', number: '9', startDate: '2025-09-01' }), 'NOT_FOUND')
    const e = await expectAppError(cloneWave(admin, { waveId: wave.id, number: '', startDate: '1 Sept' }), 'VALIDATION')
    expect(Object.keys(e?.fieldErrors ?? {})).toEqual(expect.arrayContaining(['number', 'startDate']))
  })

  it('refuses Operator Provinsi and Pelatih Ahli, writing nothing', async () => {
    const { wave } = await plannedWave()
    const before = await rowCounts()
    for (const actor of refused) await expectAppError(cloneWave(actor, { waveId: wave.id, number: '5', startDate: '2025-09-01' }), 'FORBIDDEN')
    expect(await rowCounts()).toEqual(before)
  })
})
