// The national wave × province timeline: counts per cohort and per wave, one program at a time, Admin Pusat only.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getNationalTimeline } from '@/lib/server/schedule/get-national-timeline'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createTrainer, createUser } from '../../support/factories'
import { createCohortWithParticipants, createProgramOfYear, createWaveNumbered } from '../../support/scheduling-factories'

let admin: Actor
let older: { id: string }, latest: { id: string }
let jabarCohort: { id: string }, kaltimCohort: { id: string }, cancelled: { id: string }
let trainersPerCohort: number

beforeAll(async () => {
  trainersPerCohort = (await getSchedulingSettings()).trainersPerCohort
  older = await createProgramOfYear(2023)
  latest = await createProgramOfYear(2025)
  const [wave1, wave2] = [await createWaveNumbered(latest.id, 1), await createWaveNumbered(latest.id, 2, '2025-06-01', '2025-06-05')]
  // Jawa Barat, wave 1: 3 enrolled of which 1 withdrew, fully staffed.
  jabarCohort = await createCohortWithParticipants(latest.id, wave1.id, '32', 3, 1)
  for (let i = 0; i < trainersPerCohort; i++) await assignTrainer((await createTrainer('32')).id, jabarCohort.id, i ? 'SUPPORT' : 'LEAD')
  // Kalimantan Timur, wave 2: 2 enrolled, one trainer (under-staffed).
  kaltimCohort = await createCohortWithParticipants(latest.id, wave2.id, '64', 2)
  await assignTrainer((await createTrainer('64')).id, kaltimCohort.id, 'LEAD')
  // Papua, wave 2: cancelled, no trainers. Shown, but not counted.
  cancelled = await createCohort(wave2.id, '91')
  await testDb().cohort.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
  // The older program has a cohort of its own that must not leak into the latest one.
  const olderWave = await createWaveNumbered(older.id, 1, '2023-05-19', '2023-05-23')
  await createCohortWithParticipants(older.id, olderWave.id, '32', 1)
  admin = (await createUser('ADMIN_PUSAT')).actor
})

describe('national timeline for Admin Pusat', () => {
  it('shows the latest year’s program by default, with every program listed newest first', async () => {
    const timeline = await getNationalTimeline(admin, {})
    expect(timeline.program?.id).toBe(latest.id)
    expect(timeline.programs.map((p) => p.id)).toEqual([latest.id, older.id])
    expect(timeline.waves.map((w) => w.number)).toEqual([1, 2])
  })

  it('has a row for all 38 provinces by code, with their zone label, and counts each cohort right', async () => {
    const timeline = await getNationalTimeline(admin, { programId: latest.id })
    expect(timeline.rows).toHaveLength(38)
    expect(timeline.rows.map((r) => r.province.code)).toEqual([...timeline.rows.map((r) => r.province.code)].sort())
    const row = (code: string) => timeline.rows.find((r) => r.province.code === code)!
    expect(row('64').province.timeZoneLabel).toBe('WITA')
    expect(row('32').cells[0]).toEqual([expect.objectContaining({ id: jabarCohort.id, participantCount: 2, trainerCount: trainersPerCohort, isUnderStaffed: false, quota: 60 })])
    expect(row('32').cells[1]).toEqual([])
    expect(row('64').cells[1]).toEqual([expect.objectContaining({ id: kaltimCohort.id, participantCount: 2, trainerCount: 1, isUnderStaffed: trainersPerCohort > 1 })])
    expect(row('91').cells[1]).toEqual([expect.objectContaining({ id: cancelled.id, status: 'CANCELLED', isUnderStaffed: false })])
    expect(timeline.waveFigures).toEqual([
      { cohorts: 1, provinces: 1, participants: 2, quota: 60, underStaffed: 0 },
      { cohorts: 1, provinces: 1, participants: 2, quota: 60, underStaffed: trainersPerCohort > 1 ? 1 : 0 },
    ])
    expect(timeline.totals).toMatchObject({ cohorts: 2, provinces: 2, participants: 4 })
  })

  it('shows one program at a time', async () => {
    const timeline = await getNationalTimeline(admin, { programId: older.id })
    expect(timeline.program?.id).toBe(older.id)
    const ids = timeline.rows.flatMap((r) => r.cells.flat().map((c) => c.id))
    expect(ids).toHaveLength(1)
    expect(ids).not.toContain(jabarCohort.id)
    expect(timeline.totals).toMatchObject({ cohorts: 1, participants: 1 })
  })

  it('reports an unknown or malformed program as not found', async () => {
    await expect(getNationalTimeline(admin, { programId: '01900000-0000-7000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getNationalTimeline(admin, { programId: 'bukan-id' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the national timeline refuses every other role', () => {
  it('refuses Operator Provinsi, Pelatih Ahli and Peserta', async () => {
    const trainer = await createTrainer('32')
    const person = await createParticipant('32')
    const others = [
      (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor,
      (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor,
      (await createUser('PESERTA', { participantId: person.id })).actor,
    ]
    for (const actor of others) {
      await expect(getNationalTimeline(actor, {}), actor.role).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(getNationalTimeline(actor, { programId: latest.id }), actor.role).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})
