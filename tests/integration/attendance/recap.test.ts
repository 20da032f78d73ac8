// Attendance recaps: a cohort's participants × sessions with JP and the program's minimum, the rates
// per province and wave, within each actor's scope.
import { beforeAll, describe, expect, it } from 'vitest'
import { getCohortAttendanceRecapOrThrow } from '@/lib/server/attendance/get-cohort-attendance-recap'
import { getWaveAttendanceRatesOrThrow, listWaveAttendanceRates } from '@/lib/server/attendance/list-attendance-rates'
import { expectAppError } from '../../support/scheduling-factories'
import { buildRecapWorld, type RecapWorld } from './recap-world'

let w: RecapWorld
beforeAll(async () => (w = await buildRecapWorld()))

describe('cohort recap', () => {
  it('gives each participant their statuses, JP attended and share of the total, the withdrawn left out', async () => {
    const recap = await getCohortAttendanceRecapOrThrow(w.actors.operatorJabar, w.cohortA)
    expect(recap.totalJp).toBe(10)
    expect(recap.minPercent).toBe(80)
    expect(recap.sessions.map((s) => s.jp)).toEqual([2, 3, 4, 1])
    expect(recap.rows).toHaveLength(3)
    const row = (enrolmentId: string) => recap.rows.find((r) => r.enrolmentId === enrolmentId)!
    expect(row(w.full.enrolmentId)).toMatchObject({ statuses: ['HADIR', 'HADIR', 'HADIR', 'HADIR'], attendedJp: 10, share: 1, below: false })
    expect(row(w.half.enrolmentId)).toMatchObject({ statuses: ['HADIR', 'TERLAMBAT', 'ALPA', 'IZIN'], attendedJp: 5, share: 0.5, below: true })
    expect(row(w.most.enrolmentId)).toMatchObject({ statuses: ['HADIR', 'HADIR', 'HADIR', null], attendedJp: 9, share: 0.9, below: false })
    expect(recap.rows.some((r) => r.enrolmentId === w.withdrawn.enrolmentId)).toBe(false)
    expect(recap.belowCount).toBe(1)
    expect(recap.perSession.map((c) => c.HADIR + c.TERLAMBAT)).toEqual([3, 3, 2, 1])
    // Sorted by name, as the sheet and the export list them.
    expect(recap.rows.map((r) => r.name)).toEqual([...recap.rows.map((r) => r.name)].sort((a, b) => (a < b ? -1 : 1)))
  })

  it('is the same for Admin Pusat and for the cohort trainer (read-only view)', async () => {
    const byOperator = await getCohortAttendanceRecapOrThrow(w.actors.operatorJabar, w.cohortA)
    for (const actor of [w.actors.admin, w.actors.trainerA]) {
      const recap = await getCohortAttendanceRecapOrThrow(actor, w.cohortA)
      expect(recap.rows).toEqual(byOperator.rows)
    }
  })

  it('refuses another province, another trainer, a participant, and a malformed id', async () => {
    await expectAppError(getCohortAttendanceRecapOrThrow(w.actors.operatorKaltim, w.cohortA), 'NOT_FOUND')
    await expectAppError(getCohortAttendanceRecapOrThrow(w.actors.trainerB, w.cohortA), 'NOT_FOUND')
    await expectAppError(getCohortAttendanceRecapOrThrow(w.actors.participant, w.cohortA), 'FORBIDDEN')
    await expectAppError(getCohortAttendanceRecapOrThrow(w.actors.admin, 'bukan-id'), 'NOT_FOUND')
    await expectAppError(getCohortAttendanceRecapOrThrow(w.actors.admin, `${w.cohortA}\u0000`), 'NOT_FOUND')
  })
})

describe('rates per province and wave', () => {
  it('counts Hadir and Terlambat over participants × sessions already started', async () => {
    const rates = await getWaveAttendanceRatesOrThrow(w.actors.admin, w.waveId)
    const jabar = rates.provinces.find((p) => p.provinceCode === '32')!
    const kaltim = rates.provinces.find((p) => p.provinceCode === '64')!
    expect(jabar).toMatchObject({ participants: 3, expected: 12, attended: 9, marked: 11, unmarked: 1, rate: 0.75, counts: { HADIR: 8, TERLAMBAT: 1, IZIN: 1, SAKIT: 0, ALPA: 1 } })
    // The future session is not expected yet.
    expect(kaltim).toMatchObject({ participants: 1, expected: 1, attended: 1, rate: 1 })
    expect(kaltim.cohorts[0].heldSessions).toBe(1)
    expect(rates.total).toMatchObject({ participants: 4, expected: 13, attended: 10, unmarked: 1 })
    expect(rates.total.rate).toBeCloseTo(10 / 13)
  })

  it('keeps an operator to their province and refuses trainers and participants', async () => {
    const rates = await getWaveAttendanceRatesOrThrow(w.actors.operatorKaltim, w.waveId)
    expect(rates.provinces.map((p) => p.provinceCode)).toEqual(['64'])
    expect(rates.total.expected).toBe(1)
    const waves = await listWaveAttendanceRates(w.actors.operatorJabar)
    const wave = waves.find((x) => x.wave.id === w.waveId)!
    expect(wave.cohorts.map((c) => c.cohortId)).toEqual([w.cohortA])
    expect(wave.rate).toBe(0.75)
    await expectAppError(getWaveAttendanceRatesOrThrow(w.actors.trainerA, w.waveId), 'FORBIDDEN')
    await expectAppError(getWaveAttendanceRatesOrThrow(w.actors.participant, w.waveId), 'FORBIDDEN')
    await expectAppError(getWaveAttendanceRatesOrThrow(w.actors.admin, 'x'), 'NOT_FOUND')
  })
})
