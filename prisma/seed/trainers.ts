// Pelatih Ahli and their assignments. Pure planning: the seed writes what these functions return.
// Assignment rule (the same one the automatic proposal follows): a trainer is never in two cohorts
// whose dates overlap; otherwise prefer a light load, then the cohort's home province, then its region.
import { AssignmentRole, type Sex } from '../../generated/prisma/enums'
import { DEMO_ACCOUNTS } from './demo-accounts'
import { emailLocalPart, personName, uniquePhone } from './names'
import { demoId, type Random } from './random'

export type CohortSlot = { id: string; provinceCode: string; startDate: string; endDate: string }
export type PlannedTrainer = {
  id: string
  name: string
  email: string
  phone: string
  homeProvinceCode: string
  institution: string
  expertise: string[]
}
export type PlannedAssignment = { id: string; trainerId: string; cohortId: string; role: AssignmentRole }
export type Province = { code: string; name: string }

const EXPERTISE = [
  'Konsep TPBIS', 'Layanan Informasi', 'Pelibatan Masyarakat', 'Advokasi', 'Literasi Digital', 'TIK Perpustakaan',
  'Monitoring dan Evaluasi', 'Perencanaan Program', 'Manajemen Perpustakaan', 'Fasilitasi Pelatihan',
]
const UNIVERSITIES = ['Universitas Padjadjaran', 'Universitas Indonesia', 'Universitas Gadjah Mada', 'Universitas Airlangga', 'Universitas Hasanuddin', 'Universitas Sumatera Utara']

/** Java holds most of the trainers, as it holds most of the people; every province has some. */
const provinceWeight = (code: string) => (code.startsWith('3') ? 4 : 1)

/** The islands a trainer can reach in a day: the first digit of the province code (Sumatra and Riau Islands together). */
const regionOf = (provinceCode: string) => (provinceCode[0] === '2' ? '1' : provinceCode[0])

function institutionFor(random: Random, province: Province): string {
  return random.weighted([
    ['Perpustakaan Nasional RI', 3],
    [`Dinas Perpustakaan Provinsi ${province.name}`, 5],
    [random.pick(UNIVERSITIES), 2],
    ['Pegiat Literasi Masyarakat', 1],
  ])
}

function plannedTrainer(random: Random, index: number, province: Province, taken: Set<string>): PlannedTrainer {
  const sex: Sex = random.chance(0.5) ? 'P' : 'L'
  const name = personName(random, sex)
  return {
    id: demoId('trainer', index),
    name,
    email: `${emailLocalPart(name)}.${String(index).padStart(3, '0')}@pelatih-tpbis.example`,
    phone: uniquePhone(random, taken),
    homeProvinceCode: province.code,
    institution: institutionFor(random, province),
    expertise: random.shuffle(EXPERTISE).slice(0, random.int(2, 4)),
  }
}

/** `total` trainers; the first is the demo Pelatih Ahli (home: Jawa Barat). */
export function planTrainers(random: Random, provinces: Province[], total: number, takenPhones: Set<string>): PlannedTrainer[] {
  const byCode = new Map(provinces.map((p) => [p.code, p]))
  const demo = DEMO_ACCOUNTS.pelatih
  const trainers: PlannedTrainer[] = [
    {
      ...plannedTrainer(random, 0, byCode.get(demo.homeProvinceCode)!, takenPhones),
      name: demo.name,
      email: demo.email,
      institution: 'Perpustakaan Nasional RI',
    },
  ]
  const weights = provinces.map((p) => [p, provinceWeight(p.code)] as const)
  for (let i = 1; i < total; i++) trainers.push(plannedTrainer(random, i, random.weighted(weights), takenPhones))
  return trainers
}

// One more class outweighs home province and region together: spread the work first, then stay close to home.
const LOAD_WEIGHT = 5

const overlaps = (a: CohortSlot, b: CohortSlot) => a.startDate <= b.endDate && b.startDate <= a.endDate

export type Pin = { trainerId: string; cohortId: string; role: AssignmentRole }

/** `perCohort` trainers for every cohort, one of them LEAD. `pins` are placed first (the demo trainer's classes). */
export function assignTrainers(
  random: Random,
  cohorts: CohortSlot[],
  trainers: PlannedTrainer[],
  perCohort: number,
  pins: Pin[] = [],
): PlannedAssignment[] {
  const tieBreak = new Map(random.shuffle(trainers).map((t, rank) => [t.id, rank]))
  const booked = new Map<string, CohortSlot[]>(trainers.map((t) => [t.id, []]))
  const isFree = (trainerId: string, cohort: CohortSlot) => !booked.get(trainerId)!.some((c) => overlaps(c, cohort))
  const assignments: PlannedAssignment[] = []
  const assign = (trainerId: string, cohort: CohortSlot, role: AssignmentRole) => {
    if (!isFree(trainerId, cohort)) throw new Error(`Trainer ${trainerId} is already booked during cohort ${cohort.id}`)
    booked.get(trainerId)!.push(cohort)
    assignments.push({ id: demoId('assignment', trainerId, cohort.id), trainerId, cohortId: cohort.id, role })
  }
  const cohortsById = new Map(cohorts.map((c) => [c.id, c]))
  for (const pin of pins) assign(pin.trainerId, cohortsById.get(pin.cohortId)!, pin.role)

  for (const cohort of cohorts) {
    const pinned = pins.filter((p) => p.cohortId === cohort.id)
    let hasLead = pinned.some((p) => p.role === AssignmentRole.LEAD)
    const score = (t: PlannedTrainer) =>
      booked.get(t.id)!.length * LOAD_WEIGHT - (t.homeProvinceCode === cohort.provinceCode ? 3 : 0) - (regionOf(t.homeProvinceCode) === regionOf(cohort.provinceCode) ? 1 : 0)
    const candidates = trainers
      .filter((t) => isFree(t.id, cohort))
      .sort((a, b) => score(a) - score(b) || tieBreak.get(a.id)! - tieBreak.get(b.id)!)
    if (candidates.length < perCohort - pinned.length) throw new Error(`Not enough free trainers for cohort ${cohort.id}`)
    for (const trainer of candidates.slice(0, perCohort - pinned.length)) {
      assign(trainer.id, cohort, hasLead ? AssignmentRole.SUPPORT : AssignmentRole.LEAD)
      hasLead = true
    }
  }
  assertNoDoubleBooking(assignments, cohorts)
  return assignments
}

/** Throws when a trainer is in two cohorts whose dates overlap. */
export function assertNoDoubleBooking(assignments: Pick<PlannedAssignment, 'trainerId' | 'cohortId'>[], cohorts: CohortSlot[]) {
  const cohortsById = new Map(cohorts.map((c) => [c.id, c]))
  const byTrainer = new Map<string, Pick<PlannedAssignment, 'cohortId'>[]>()
  for (const a of assignments) byTrainer.set(a.trainerId, [...(byTrainer.get(a.trainerId) ?? []), a])
  for (const [trainerId, own] of byTrainer) {
    const slots = own.map((a) => cohortsById.get(a.cohortId)!)
    for (let i = 0; i < slots.length; i++) {
      for (let j = i + 1; j < slots.length; j++) {
        if (overlaps(slots[i], slots[j])) throw new Error(`Trainer ${trainerId} is double-booked: cohorts ${slots[i].id} and ${slots[j].id}`)
      }
    }
  }
}
