import { describe, expect, it } from 'vitest'
import { proposeAssignments, type ProposalCohort, type ProposalTrainer } from './propose'

const trainer = (id: string, homeProvinceCode: string, extra: Partial<ProposalTrainer> = {}): ProposalTrainer => ({
  id, name: `Pelatih ${id}`, homeProvinceCode, bookings: [], unavailable: [], ...extra,
})
const cohort = (cohortId: string, provinceCode: string, startDate: string, endDate: string, required: number, extra: Partial<ProposalCohort> = {}): ProposalCohort => ({
  cohortId, provinceCode, startDate, endDate, label: `Kelas ${cohortId}`, required, assigned: [], ...extra,
})
const rules = { travelGapDays: 1 }

describe('proposeAssignments', () => {
  it('prefers the home province, then the same island group, and makes the first trainer the LEAD', () => {
    const trainers = [trainer('a', '11'), trainer('b', '35'), trainer('c', '32'), trainer('d', '51')]
    const proposal = proposeAssignments([cohort('jabar', '32', '2024-05-20', '2024-05-23', 2)], trainers, rules)
    expect(proposal.assignments).toEqual([
      { cohortId: 'jabar', trainerId: 'c', role: 'LEAD' }, // home province
      { cohortId: 'jabar', trainerId: 'b', role: 'SUPPORT' }, // Java
    ])
    expect(proposal.unfilled).toEqual([])
  })

  it('balances load before preferring the home province', () => {
    const busy = { cohortId: 'old', provinceCode: '32', startDate: '2024-04-01', endDate: '2024-04-04' }
    const trainers = [trainer('home', '32', { bookings: [busy] }), trainer('far', '91')]
    const proposal = proposeAssignments([cohort('jabar', '32', '2024-05-20', '2024-05-23', 1)], trainers, rules)
    expect(proposal.assignments).toEqual([{ cohortId: 'jabar', trainerId: 'far', role: 'LEAD' }])
  })

  it('spreads a round over the trainers, counting its own proposals as load', () => {
    const trainers = ['a', 'b', 'c', 'd'].map((id) => trainer(id, '32'))
    const cohorts = [
      cohort('w1', '32', '2024-05-06', '2024-05-09', 2),
      cohort('w2', '32', '2024-05-13', '2024-05-16', 2),
      cohort('w3', '32', '2024-05-20', '2024-05-23', 2),
      cohort('w4', '32', '2024-05-27', '2024-05-30', 2),
    ]
    const { assignments } = proposeAssignments(cohorts, trainers, rules)
    const load = new Map<string, number>()
    for (const a of assignments) load.set(a.trainerId, (load.get(a.trainerId) ?? 0) + 1)
    expect([...load.values()]).toEqual([2, 2, 2, 2])
  })

  it('counts existing assignments, adds no second LEAD and does not exceed the requirement', () => {
    const trainers = ['a', 'b', 'c', 'd'].map((id) => trainer(id, '32'))
    const assigned = [{ trainerId: 'a', role: 'LEAD' as const }, { trainerId: 'b', role: 'SUPPORT' as const }]
    const { assignments } = proposeAssignments([cohort('x', '32', '2024-05-20', '2024-05-23', 3, { assigned })], trainers, rules)
    expect(assignments).toEqual([{ cohortId: 'x', trainerId: 'c', role: 'SUPPORT' }])
  })

  it('serves the scarcest cohort first', () => {
    // Only "b" can take Papua (the others are unavailable); "a" sorts first but must go to Java.
    const away = [{ startDate: '2024-05-20', endDate: '2024-05-23', reason: 'Cuti' }]
    const trainers = [trainer('a', '91'), trainer('b', '32'), trainer('c', '91', { unavailable: away })]
    const cohorts = [cohort('jabar', '32', '2024-05-20', '2024-05-23', 1), cohort('papua', '91', '2024-05-20', '2024-05-23', 1)]
    const proposal = proposeAssignments(cohorts, trainers, rules)
    expect(proposal.assignments).toEqual([
      { cohortId: 'jabar', trainerId: 'b', role: 'LEAD' },
      { cohortId: 'papua', trainerId: 'a', role: 'LEAD' },
    ])
  })

  it('explains a shortfall in Indonesian, counting each blocked trainer once', () => {
    const bali = { cohortId: 'bali', provinceCode: '51', label: 'Kelas Bali' }
    const trainers = [
      trainer('free', '32'),
      trainer('overlap1', '32', { bookings: [{ ...bali, startDate: '2024-05-22', endDate: '2024-05-25' }] }),
      trainer('overlap2', '32', { bookings: [{ ...bali, startDate: '2024-05-18', endDate: '2024-05-20' }], unavailable: [{ startDate: '2024-05-21', endDate: '2024-05-21' }] }),
      trainer('away', '32', { unavailable: [{ startDate: '2024-05-23', endDate: '2024-05-30', reason: 'Cuti' }] }),
      trainer('travel', '32', { bookings: [{ ...bali, startDate: '2024-05-15', endDate: '2024-05-19' }] }),
    ]
    const proposal = proposeAssignments([cohort('jabar', '32', '2024-05-20', '2024-05-23', 5)], trainers, rules)
    expect(proposal.assignments).toEqual([{ cohortId: 'jabar', trainerId: 'free', role: 'LEAD' }])
    expect(proposal.unfilled).toEqual([
      {
        cohortId: 'jabar',
        label: 'Kelas jabar',
        missing: 4,
        reasons: ['1 dari 5 pelatih terisi: 2 pelatih bertugas di kelas lain pada tanggal itu, 1 tidak tersedia, 1 terhalang waktu perjalanan.'],
      },
    ])
  })

  it('says when there is no trainer at all and no LEAD yet', () => {
    const proposal = proposeAssignments([cohort('x', '32', '2024-05-20', '2024-05-23', 2)], [], rules)
    expect(proposal.unfilled[0].reasons).toEqual(['0 dari 2 pelatih terisi: tidak ada pelatih lain yang terdaftar.', 'Belum ada pelatih utama.'])
  })
})

describe('load balancing counts the same year only', () => {
  it('prefers the home trainer even when they taught many cohorts in earlier years', () => {
    const past = (i: number) => ({ cohortId: `old-${i}`, provinceCode: '32', startDate: `2021-0${1 + i}-01`, endDate: `2021-0${1 + i}-03` })
    const trainers = [
      { id: 'a-home', name: 'Home', homeProvinceCode: '32', bookings: [past(1), past(2), past(3)], unavailable: [] },
      { id: 'b-away', name: 'Away', homeProvinceCode: '64', bookings: [], unavailable: [] },
    ]
    const cohort = { cohortId: 'c', provinceCode: '32', startDate: '2025-05-20', endDate: '2025-05-23', label: 'Kelas Jawa Barat', required: 1, assigned: [] }
    expect(proposeAssignments([cohort], trainers, { travelGapDays: 1 }).assignments).toEqual([{ cohortId: 'c', trainerId: 'a-home', role: 'LEAD' }])
  })
})
