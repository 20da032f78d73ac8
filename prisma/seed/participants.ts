// Demo participants: managers of village/kelurahan libraries and TBMs from real villages of the
// cohort's province, with NIKs consistent with their region and birth date. Pure planning.
import { InstitutionType, type Sex } from '../../generated/prisma/enums'
import { parseNik } from '../../lib/nik'
import { DEMO_ACCOUNTS } from './demo-accounts'
import { emailLocalPart, personName, uniquePhone } from './names'
import { demoId, type Random } from './random'

export type VillageRef = { code: string; name: string }
export type PlannedParticipant = {
  id: string
  cohortId: string
  name: string
  /** In clear only in memory: the seed stores it through protectNik. */
  nik: string
  sex: Sex
  birthDate: Date
  phone: string
  email: string | null
  institutionType: InstitutionType
  institutionName: string
  npp: string | null
  villageCode: string
  regencyCode: string
  provinceCode: string
}

const TBM_NAMES = [
  'Cahaya Ilmu', 'Pelangi', 'Tunas Harapan', 'Lentera Pustaka', 'Bintang Baca', 'Rumah Baca Ceria', 'Mutiara Aksara',
  'Jendela Dunia', 'Sahabat Literasi', 'Taman Kata', 'Kampung Literasi', 'Gemar Membaca', 'Pondok Baca', 'Pustaka Rakyat',
]

/** The 4th segment of a village code: 1xxx is a kelurahan, 2xxx a desa, 3xxx a desa adat. */
export const isKelurahan = (villageCode: string) => villageCode.split('.')[3].startsWith('1')

/** `count` distinct villages, drawn uniformly. */
function drawVillages(random: Random, villages: VillageRef[], count: number): VillageRef[] {
  if (villages.length < count) throw new Error(`Only ${villages.length} villages to draw ${count} from`)
  return random.shuffle(villages).slice(0, count)
}

function birthDateFor(random: Random): Date {
  return new Date(Date.UTC(random.int(1965, 2002), random.int(0, 11), random.int(1, 28)))
}

/** District digits, DDMMYY (+40 on the day for women) and a sequence not used yet. */
function uniqueNik(random: Random, villageCode: string, birthDate: Date, sex: Sex, taken: Set<string>): string {
  const region = villageCode.slice(0, 8).replaceAll('.', '')
  const day = birthDate.getUTCDate() + (sex === 'P' ? 40 : 0)
  const birth = `${String(day).padStart(2, '0')}${String(birthDate.getUTCMonth() + 1).padStart(2, '0')}${String(birthDate.getUTCFullYear() % 100).padStart(2, '0')}`
  for (;;) {
    const nik = `${region}${birth}${String(random.int(1, 9999)).padStart(4, '0')}`
    if (taken.has(nik)) continue
    taken.add(nik)
    const parsed = parseNik(nik, { now: new Date(Date.UTC(2024, 4, 1)) })
    if (!parsed.ok || parsed.sex !== sex || parsed.birthDate.getTime() !== birthDate.getTime()) throw new Error(`Inconsistent demo NIK ${nik}`)
    return nik
  }
}

function institutionFor(random: Random, village: VillageRef, isTbm: boolean) {
  if (isTbm) return { institutionType: InstitutionType.TBM, institutionName: `TBM ${random.pick(TBM_NAMES)}`, npp: null }
  const kelurahan = isKelurahan(village.code)
  // Names such as "Desa Adat Yoboi" already say what they are.
  const place = /^(desa|kelurahan)\b/i.test(village.name) ? village.name : `${kelurahan ? 'Kelurahan' : 'Desa'} ${village.name}`
  const npp = random.chance(0.35) ? `${village.code.replaceAll('.', '')}${random.int(1, 9)}` : null
  return {
    institutionType: kelurahan ? InstitutionType.PERPUSTAKAAN_KELURAHAN : InstitutionType.PERPUSTAKAAN_DESA,
    institutionName: `Perpustakaan ${place}`,
    npp,
  }
}

type Context = { random: Random; takenNiks: Set<string>; takenPhones: Set<string> }

function plannedParticipant(ctx: Context, cohortId: string, index: number, village: VillageRef): PlannedParticipant {
  const { random } = ctx
  const sex: Sex = random.chance(0.58) ? 'P' : 'L'
  const name = personName(random, sex)
  const birthDate = birthDateFor(random)
  const [province, regency] = village.code.split('.')
  return {
    id: demoId('participant', cohortId, index),
    cohortId,
    name,
    nik: uniqueNik(random, village.code, birthDate, sex, ctx.takenNiks),
    sex,
    birthDate,
    phone: uniquePhone(random, ctx.takenPhones),
    email: random.chance(0.3) ? `${emailLocalPart(name)}${random.int(1, 999)}@surel.example` : null,
    ...institutionFor(random, village, random.chance(0.18)),
    villageCode: village.code,
    regencyCode: `${province}.${regency}`,
    provinceCode: province,
  }
}

/** The demo Peserta account's participant: a desa library manager of Jawa Barat. */
function asDemoParticipant(ctx: Context, participant: PlannedParticipant, villages: VillageRef[]): PlannedParticipant {
  const demo = DEMO_ACCOUNTS.peserta
  const village = villages.find((v) => !isKelurahan(v.code))!
  const birthDate = new Date(Date.UTC(1986, 7, 17))
  const [province, regency] = village.code.split('.')
  return {
    ...participant,
    name: demo.name,
    sex: 'L',
    birthDate,
    nik: uniqueNik(ctx.random, village.code, birthDate, 'L', ctx.takenNiks),
    phone: demo.phone,
    ...institutionFor(ctx.random, village, false),
    villageCode: village.code,
    regencyCode: `${province}.${regency}`,
    provinceCode: province,
  }
}

export type CohortSize = { cohortId: string; provinceCode: string; size: number }

/** Participants for each cohort; the first one of the demo province's cohort is the demo Peserta. */
export function planParticipants(
  random: Random,
  cohorts: CohortSize[],
  villagesByProvince: Map<string, VillageRef[]>,
  takenPhones: Set<string>,
): PlannedParticipant[] {
  const ctx: Context = { random, takenNiks: new Set(), takenPhones }
  takenPhones.add(DEMO_ACCOUNTS.peserta.phone)
  const participants: PlannedParticipant[] = []
  for (const cohort of cohorts) {
    const villages = drawVillages(random, villagesByProvince.get(cohort.provinceCode) ?? [], cohort.size)
    villages.forEach((village, index) => {
      const planned = plannedParticipant(ctx, cohort.cohortId, index, village)
      const isDemo = index === 0 && cohort.provinceCode === DEMO_ACCOUNTS.peserta.provinceCode
      participants.push(isDemo ? asDemoParticipant(ctx, planned, villages) : planned)
    })
  }
  return participants
}

/** Splits `total` over `count` cohorts as evenly as possible (the first ones get the remainder). */
export function spread(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0))
}
