import { describe, expect, it } from 'vitest'
import { createRandom } from './random'
import { assertNoDoubleBooking, assignTrainers, planTrainers, type CohortSlot } from './trainers'

const provinces = ['11', '32', '33', '64', '91'].map((code) => ({ code, name: `Provinsi ${code}` }))
const cohorts: CohortSlot[] = [
  { id: 'a', provinceCode: '32', startDate: '2024-05-20', endDate: '2024-05-23' },
  { id: 'b', provinceCode: '64', startDate: '2024-05-19', endDate: '2024-05-23' }, // overlaps a
  { id: 'c', provinceCode: '33', startDate: '2024-05-23', endDate: '2024-05-26' }, // touches a and b on the 23rd
  { id: 'd', provinceCode: '91', startDate: '2024-06-10', endDate: '2024-06-14' },
]

describe('assignTrainers', () => {
  const trainers = planTrainers(createRandom(1), provinces, 12, new Set())
  const assignments = assignTrainers(createRandom(2), cohorts, trainers, 4, [{ trainerId: trainers[0].id, cohortId: 'a', role: 'SUPPORT' }])

  it('staffs every cohort with one lead, honouring the pins', () => {
    for (const cohort of cohorts) {
      const own = assignments.filter((a) => a.cohortId === cohort.id)
      expect(own).toHaveLength(4)
      expect(own.filter((a) => a.role === 'LEAD')).toHaveLength(1)
    }
    expect(assignments).toContainEqual(expect.objectContaining({ trainerId: trainers[0].id, cohortId: 'a', role: 'SUPPORT' }))
  })

  it('never books a trainer twice on the same day, and spreads the load', () => {
    expect(() => assertNoDoubleBooking(assignments, cohorts)).not.toThrow()
    const loads = trainers.map((t) => assignments.filter((a) => a.trainerId === t.id).length)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1) // 16 places, 12 trainers
  })

  it('is deterministic', () => {
    expect(assignTrainers(createRandom(2), cohorts, trainers, 4, [{ trainerId: trainers[0].id, cohortId: 'a', role: 'SUPPORT' }])).toEqual(assignments)
  })

  it('fails loudly when there are not enough free trainers', () => {
    expect(() => assignTrainers(createRandom(3), cohorts, trainers.slice(0, 7), 4)).toThrow(/Not enough free trainers/)
  })

  it('detects a double booking', () => {
    expect(() => assertNoDoubleBooking([{ trainerId: 't', cohortId: 'a' }, { trainerId: 't', cohortId: 'c' }], cohorts)).toThrow(/double-booked/)
  })
})
