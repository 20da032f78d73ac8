// Property tests over random rounds: whatever the trainers, cohorts, unavailability, existing
// bookings and travel gap, the proposal never creates a conflict and reports its shortfall exactly.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './agenda'
import { findConflicts, type Booking } from './conflicts'
import { proposeAssignments, type Proposal, type ProposalCohort, type ProposalTrainer } from './propose'

const PROVINCES = ['11', '12', '31', '32', '35', '51', '53', '64', '73', '81', '91']
const BASE = '2024-05-01'

const range = fc.record({ start: fc.integer({ min: 0, max: 45 }), length: fc.integer({ min: 1, max: 6 }) }).map(({ start, length }) => ({
  startDate: addDays(BASE, start),
  endDate: addDays(BASE, start + length - 1),
}))

const round = fc
  .record({
    travelGapDays: fc.integer({ min: 0, max: 3 }),
    trainers: fc.array(
      fc.record({
        home: fc.constantFrom(...PROVINCES),
        unavailable: fc.array(fc.record({ range, reason: fc.option(fc.constantFrom('Cuti', 'Sakit', 'Tugas kantor')) }), { maxLength: 3 }),
        bookings: fc.array(fc.record({ range, province: fc.constantFrom(...PROVINCES) }), { maxLength: 3 }),
      }),
      { maxLength: 25 },
    ),
    cohorts: fc.array(
      fc.record({
        range,
        province: fc.constantFrom(...PROVINCES),
        required: fc.integer({ min: 0, max: 6 }),
        assigned: fc.uniqueArray(fc.nat({ max: 24 }), { maxLength: 3 }),
        hasLead: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ travelGapDays, trainers, cohorts }) => {
    const proposalTrainers: ProposalTrainer[] = trainers.map((t, i) => ({
      id: `t${String(i).padStart(2, '0')}`,
      name: `Pelatih ${i}`,
      homeProvinceCode: t.home,
      unavailable: t.unavailable.map((u) => ({ ...u.range, reason: u.reason })),
      bookings: t.bookings.map((b, j) => ({ cohortId: `ext-${i}-${j}`, provinceCode: b.province, ...b.range })),
    }))
    const proposalCohorts: ProposalCohort[] = cohorts.map((c, i) => ({
      cohortId: `c${i}`,
      provinceCode: c.province,
      ...c.range,
      label: `Kelas ${i}`,
      required: c.required,
      assigned: c.assigned
        .filter((index) => index < proposalTrainers.length)
        .map((index, k) => ({ trainerId: proposalTrainers[index].id, role: c.hasLead && k === 0 ? 'LEAD' : 'SUPPORT' })),
    }))
    return { rules: { travelGapDays }, trainers: proposalTrainers, cohorts: proposalCohorts }
  })

/** Every booking each trainer ends up with: existing, already assigned in this round, proposed. */
function finalBookings(cohorts: ProposalCohort[], trainers: ProposalTrainer[], proposal: Proposal) {
  const byId = new Map(cohorts.map((c) => [c.cohortId, c]))
  const all = new Map<string, { booking: Booking; proposed: boolean }[]>(trainers.map((t) => [t.id, t.bookings.map((booking) => ({ booking, proposed: false }))]))
  for (const c of cohorts) for (const a of c.assigned) all.get(a.trainerId)!.push({ booking: c, proposed: false })
  for (const a of proposal.assignments) all.get(a.trainerId)!.push({ booking: byId.get(a.cohortId)!, proposed: true })
  return all
}

describe('proposeAssignments over random rounds', () => {
  it('never double-books, never breaks the travel gap, never assigns an unavailable trainer', () => {
    fc.assert(
      fc.property(round, ({ rules, trainers, cohorts }) => {
        const proposal = proposeAssignments(cohorts, trainers, rules)
        const bookings = finalBookings(cohorts, trainers, proposal)
        for (const trainer of trainers) {
          const mine = bookings.get(trainer.id)!
          mine.forEach(({ booking, proposed }, i) => {
            if (!proposed) return
            const others = mine.filter((_, j) => j !== i).map((b) => b.booking)
            expect(findConflicts(booking, others, trainer.unavailable, rules)).toEqual([])
          })
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never exceeds the requirement, adds a LEAD only where there is none, and reports the exact shortfall', () => {
    fc.assert(
      fc.property(round, ({ rules, trainers, cohorts }) => {
        const proposal = proposeAssignments(cohorts, trainers, rules)
        for (const cohort of cohorts) {
          const mine = proposal.assignments.filter((a) => a.cohortId === cohort.cohortId)
          const filled = cohort.assigned.length + mine.length
          expect(mine.length).toBeLessThanOrEqual(Math.max(0, cohort.required - cohort.assigned.length))
          const leads = [...cohort.assigned, ...mine].filter((a) => a.role === 'LEAD').length
          expect(leads).toBeLessThanOrEqual(1)
          if (mine.length > 0 && !cohort.assigned.some((a) => a.role === 'LEAD')) expect(leads).toBe(1)
          const trainerIds = [...cohort.assigned, ...mine].map((a) => a.trainerId)
          expect(new Set(trainerIds).size).toBe(trainerIds.length)
          const unfilled = proposal.unfilled.find((u) => u.cohortId === cohort.cohortId)
          const shortfall = cohort.required - filled
          if (shortfall > 0) {
            expect(unfilled?.missing).toBe(shortfall)
            expect(unfilled?.reasons[0]).toMatch(new RegExp(`^${filled} dari ${cohort.required} pelatih terisi: `))
          } else {
            expect(unfilled).toBeUndefined()
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('leaves a cohort short only when no remaining trainer could take it, and is deterministic', () => {
    fc.assert(
      fc.property(round, ({ rules, trainers, cohorts }) => {
        const proposal = proposeAssignments(cohorts, trainers, rules)
        expect(proposeAssignments(cohorts, trainers, rules)).toEqual(proposal)
        const bookings = finalBookings(cohorts, trainers, proposal)
        for (const u of proposal.unfilled) {
          const cohort = cohorts.find((c) => c.cohortId === u.cohortId)!
          for (const trainer of trainers) {
            const mine = bookings.get(trainer.id)!.map((b) => b.booking)
            expect(findConflicts(cohort, mine, trainer.unavailable, rules).length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
