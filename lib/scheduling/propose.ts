// The automatic proposal: gives every cohort of a round its required number of trainers without
// ever creating a conflict (findConflicts' rules, counting the proposal's own assignments),
// spreading the load and preferring trainers from the venue's province or island group. Greedy
// and deterministic: the admin reviews the result before anything is written.
import { matchConflicts, type Booking, type ConflictMatch, type SchedulingRules, type Unavailable } from './conflicts'

export type ProposalTrainer = { id: string; name: string; homeProvinceCode: string; bookings: Booking[]; unavailable: Unavailable[] }
export type ProposalCohort = Booking & { label: string; required: number; assigned: { trainerId: string; role: 'LEAD' | 'SUPPORT' }[] }
export type ProposedAssignment = { cohortId: string; trainerId: string; role: 'LEAD' | 'SUPPORT' }
export type Proposal = { assignments: ProposedAssignment[]; unfilled: { cohortId: string; label: string; missing: number; reasons: string[] }[] }

type TrainerState = { trainer: ProposalTrainer; bookings: Booking[] }
type CohortState = { cohort: ProposalCohort; index: number; filled: number; hasLead: boolean; exhausted: boolean }

/**
 * Province code's first digit: 1 Sumatra, 3 Java, 5 Bali–Nusa Tenggara, 6 Kalimantan, 7 Sulawesi,
 * 8 Maluku, 9 Papua. Kepulauan Riau (21) is the only province of group 2 and belongs with Sumatra.
 */
const islandGroup = (provinceCode: string) => (provinceCode.charAt(0) === '2' ? '1' : provinceCode.charAt(0))

const toBooking = (c: ProposalCohort): Booking => ({
  cohortId: c.cohortId, provinceCode: c.provinceCode, startDate: c.startDate, endDate: c.endDate, label: c.label,
})

/** Each trainer's bookings, including the cohorts they are already assigned to in this round. */
function initialTrainerStates(cohorts: ProposalCohort[], trainers: ProposalTrainer[]): Map<string, TrainerState> {
  const states = new Map<string, TrainerState>()
  for (const trainer of trainers) states.set(trainer.id, { trainer, bookings: [...trainer.bookings] })
  for (const cohort of cohorts) {
    for (const { trainerId } of cohort.assigned) {
      const state = states.get(trainerId)
      if (state && !state.bookings.some((b) => b.cohortId === cohort.cohortId)) state.bookings.push(toBooking(cohort))
    }
  }
  return states
}

const isEligible = (state: TrainerState, cohort: ProposalCohort, rules: SchedulingRules) =>
  matchConflicts(cohort, state.bookings, state.trainer.unavailable, rules, true).length === 0

/**
 * The load that balancing compares: bookings in the cohort's calendar year (proposed ones included).
 * Past rounds do not count, or veterans of five rounds would never be preferred at home again.
 */
const loadInYear = (state: TrainerState, year: string) => {
  let n = 0
  for (const b of state.bookings) if (b.startDate.startsWith(year)) n++
  return n
}

/** Least loaded in the year first, then home province, same island group, id. */
function isBetter(a: TrainerState, b: TrainerState, cohort: ProposalCohort): boolean {
  const year = cohort.startDate.slice(0, 4)
  const aLoad = loadInYear(a, year)
  const bLoad = loadInYear(b, year)
  if (aLoad !== bLoad) return aLoad < bLoad
  const aHome = a.trainer.homeProvinceCode === cohort.provinceCode
  const bHome = b.trainer.homeProvinceCode === cohort.provinceCode
  if (aHome !== bHome) return aHome
  const island = islandGroup(cohort.provinceCode)
  const aIsland = islandGroup(a.trainer.homeProvinceCode) === island
  const bIsland = islandGroup(b.trainer.homeProvinceCode) === island
  if (aIsland !== bIsland) return aIsland
  return a.trainer.id < b.trainer.id
}

function bestTrainer(states: TrainerState[], cohort: ProposalCohort, rules: SchedulingRules): TrainerState | null {
  let best: TrainerState | null = null
  for (const state of states) {
    if ((best === null || isBetter(state, best, cohort)) && isEligible(state, cohort, rules)) best = state
  }
  return best
}

const missing = (c: CohortState) => c.cohort.required - c.filled

/**
 * Fills the cohorts in rounds of one trainer per cohort (a LEAD first where there is none), the
 * cohorts with the fewest eligible trainers first in every round, so a shortage is spread
 * instead of emptying the last cohorts processed.
 */
export function proposeAssignments(cohorts: ProposalCohort[], trainers: ProposalTrainer[], rules: SchedulingRules): Proposal {
  const trainerStates = initialTrainerStates(cohorts, trainers)
  const states = [...trainerStates.values()].sort((a, b) => (a.trainer.id < b.trainer.id ? -1 : a.trainer.id > b.trainer.id ? 1 : 0))
  const cohortStates: CohortState[] = cohorts.map((cohort, index) => ({
    cohort,
    index,
    filled: cohort.assigned.length,
    hasLead: cohort.assigned.some((a) => a.role === 'LEAD'),
    exhausted: false,
  }))
  const proposed: (ProposedAssignment & { cohortIndex: number })[] = []

  for (;;) {
    const open = cohortStates.filter((c) => !c.exhausted && missing(c) > 0)
    if (open.length === 0) break
    const eligibleCount = new Map(open.map((c) => [c, states.filter((s) => isEligible(s, c.cohort, rules)).length]))
    open.sort((a, b) => eligibleCount.get(a)! - eligibleCount.get(b)! || compareCohorts(a.cohort, b.cohort))
    let progressed = false
    for (const c of open) {
      const best = bestTrainer(states, c.cohort, rules)
      if (!best) {
        c.exhausted = true
        continue
      }
      const role = c.hasLead ? 'SUPPORT' : 'LEAD'
      best.bookings.push(toBooking(c.cohort))
      proposed.push({ cohortId: c.cohort.cohortId, trainerId: best.trainer.id, role, cohortIndex: c.index })
      c.filled++
      c.hasLead = true
      progressed = true
    }
    if (!progressed) break
  }

  return {
    // Grouped by cohort in input order, the LEAD first, for review.
    assignments: proposed
      .map((a, order) => ({ a, order }))
      .sort((x, y) => x.a.cohortIndex - y.a.cohortIndex || roleRank(x.a.role) - roleRank(y.a.role) || x.order - y.order)
      .map(({ a }) => ({ cohortId: a.cohortId, trainerId: a.trainerId, role: a.role })),
    unfilled: cohortStates
      .filter((c) => missing(c) > 0)
      .map((c) => ({ cohortId: c.cohort.cohortId, label: c.cohort.label, missing: missing(c), reasons: explainShortfall(c, states, rules) })),
  }
}

const roleRank = (role: 'LEAD' | 'SUPPORT') => (role === 'LEAD' ? 0 : 1)

function compareCohorts(a: ProposalCohort, b: ProposalCohort): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1
  if (a.provinceCode !== b.provinceCode) return a.provinceCode < b.provinceCode ? -1 : 1
  return a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : 0
}

// A trainer blocked for several reasons is counted once, under the first of these.
const REASON_ORDER: { code: ConflictMatch['code']; text: string }[] = [
  { code: 'OVERLAP', text: 'bertugas di kelas lain pada tanggal itu' },
  { code: 'UNAVAILABLE', text: 'tidak tersedia' },
  { code: 'TRAVEL_GAP', text: 'terhalang waktu perjalanan' },
]

/** "3 dari 5 pelatih terisi: 12 pelatih bertugas di kelas lain pada tanggal itu, 4 tidak tersedia, 2 terhalang waktu perjalanan." */
function explainShortfall(c: CohortState, states: TrainerState[], rules: SchedulingRules): string[] {
  const counts = new Map<ConflictMatch['code'], number>()
  for (const state of states) {
    const codes = new Set(matchConflicts(c.cohort, state.bookings, state.trainer.unavailable, rules).map((m) => m.code))
    if (codes.has('ALREADY_ASSIGNED')) continue
    const reason = REASON_ORDER.find((r) => codes.has(r.code))
    if (reason) counts.set(reason.code, (counts.get(reason.code) ?? 0) + 1)
  }
  const parts = REASON_ORDER.filter((r) => counts.has(r.code)).map((r, i) => `${counts.get(r.code)}${i === 0 ? ' pelatih' : ''} ${r.text}`)
  const filled = `${c.filled} dari ${c.cohort.required} pelatih terisi`
  const reasons = [parts.length > 0 ? `${filled}: ${parts.join(', ')}.` : `${filled}: tidak ada pelatih lain yang terdaftar.`]
  if (!c.hasLead) reasons.push('Belum ada pelatih utama.')
  return reasons
}
