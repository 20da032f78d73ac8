// Factories for the participant registration tests: actors of two provinces, a registrable cohort,
// and form values with a NIK that fits the chosen region (unique per call).
import { randomInt } from 'node:crypto'
import { protectNik } from '@/lib/server/crypto/nik'
import { testDb } from './database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from './factories'

let serial = 0

export async function participantActors() {
  const admin = (await createUser('ADMIN_PUSAT')).actor
  const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  const otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  const trainer = await createTrainer('32')
  const pelatih = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
  const someone = await createParticipant('32')
  const peserta = (await createUser('PESERTA', { participantId: someone.id })).actor
  return { admin, operator, otherOperator, pelatih, peserta }
}

/** A program with one wave and a Jawa Barat and a Kalimantan Timur cohort (quota 60 each). */
export async function registrationPlan() {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const jabar = await createCohort(wave.id, '32')
  const kaltim = await createCohort(wave.id, '64')
  return { programId: program.id, waveId: wave.id, jabarCohortId: jabar.id, kaltimCohortId: kaltim.id }
}

const regions = new Map<string, Promise<{ villageCode: string; districtCode: string; regencyCode: string }>>()

/** A village of the province with its regency, for consistent region codes (looked up once per province). */
export function regionOf(provinceCode: string) {
  let region = regions.get(provinceCode)
  if (!region) regions.set(provinceCode, (region = findRegion(provinceCode)))
  return region
}

async function findRegion(provinceCode: string) {
  const village = await testDb().village.findFirstOrThrow({
    where: { district: { regency: { provinceCode } } },
    orderBy: { code: 'asc' },
    select: { code: true, districtCode: true, district: { select: { regencyCode: true } } },
  })
  return { villageCode: village.code, districtCode: village.districtCode, regencyCode: village.district.regencyCode }
}

/** A plausible NIK issued in the district: born 12 May 1990 (a woman: day + 40), unique sequence. */
export function nikFor(districtCode: string, sex: 'L' | 'P' = 'P', sequence = 1 + ((++serial * 7919 + randomInt(9000)) % 9999)) {
  return `${districtCode.replaceAll('.', '')}${sex === 'P' ? '52' : '12'}0590${String(sequence).padStart(4, '0')}`
}

export const uniquePhone = () => `0812${String(randomInt(10_000_000, 99_999_999))}`

/** What the registration form submits (strings, as FormData delivers them). */
export async function participantInput(cohortId: string, overrides: Record<string, string> = {}, provinceCode = '32') {
  const region = await regionOf(provinceCode)
  return {
    cohortId, name: 'Siti Aminah', nik: nikFor(region.districtCode), phone: uniquePhone(), email: '',
    institutionType: 'PERPUSTAKAAN_DESA', institutionName: 'Perpustakaan Desa Sukamaju', npp: '',
    regencyCode: region.regencyCode, villageCode: region.villageCode,
    ...overrides,
  }
}

/** Adds `count` active enrolments to a cohort. */
export async function fillCohort(cohortId: string, programId: string, provinceCode: string, count: number) {
  for (let i = 0; i < count; i++) await storedParticipant(cohortId, programId, provinceCode, { name: `Peserta Pengisi ${i + 1}` })
}

let storedSerial = 0
const phoneBase = randomInt(10_000_000, 89_999_999)

/**
 * A stored, enrolled participant without going through registration (fast, for list tests). Its NIK
 * (a woman born 21 June 1985) and its +62857… phone come from a serial, so they never collide with
 * the other factories' values.
 */
export async function storedParticipant(cohortId: string, programId: string, provinceCode: string, data: { name: string; institutionType?: 'TBM' | 'PERPUSTAKAAN_DESA' }) {
  const region = await regionOf(provinceCode)
  const n = ++storedSerial
  const nik = `${region.districtCode.replaceAll('.', '')}610685${String(n).padStart(4, '0')}`
  const row = await testDb().participant.create({
    data: {
      name: data.name, ...protectNik(nik), sex: 'P', phone: `+62857${phoneBase + n}`, institutionType: data.institutionType ?? 'PERPUSTAKAAN_DESA',
      institutionName: 'Perpustakaan Desa Uji', villageCode: region.villageCode, regencyCode: region.regencyCode, provinceCode,
    },
    select: { id: true, phone: true, nikMasked: true, regencyCode: true },
  })
  const enrolment = await enrol(row.id, cohortId, programId)
  return { ...row, enrolment }
}

export async function participantRowCounts() {
  const db = testDb()
  const [participants, enrolments, audit, quotas] = await Promise.all([db.participant.count(), db.enrolment.count(), db.auditLog.count(), db.waveQuota.count()])
  return { participants, enrolments, audit, quotas }
}
