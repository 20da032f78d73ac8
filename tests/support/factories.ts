// Small factories for integration tests: unique data on every call, real rows in the file's database.
import { randomUUID } from 'node:crypto'
import type { Actor } from '@/lib/auth/actor'
import { hashSecret } from '@/lib/server/auth/password'
import { normalizeAccessCode } from '@/lib/server/participant-access/access-code'
import { protectNik } from '@/lib/server/crypto/nik'
import type { Role } from '@/generated/prisma/enums'
import { testDb } from './database'

let serial = 0
const next = () => ++serial
const unique = () => `${Date.now().toString(36)}${next()}${randomUUID().slice(0, 4)}`

export async function createProgram(overrides: { name?: string } = {}) {
  return testDb().program.create({
    data: { name: overrides.name ?? `Bimtek Uji ${unique()}`, kind: 'SPP_TIK', year: 2024 },
    select: { id: true, name: true },
  })
}

export async function createWave(programId: string, number = next()) {
  return testDb().wave.create({
    data: { programId, number, startDate: new Date('2024-05-19'), endDate: new Date('2024-05-23'), mode: 'LURING' },
    select: { id: true },
  })
}

export async function createCohort(waveId: string, provinceCode: string, dates = { start: '2024-05-19', end: '2024-05-23' }) {
  const province = await testDb().province.findUniqueOrThrow({ where: { code: provinceCode }, select: { name: true } })
  return testDb().cohort.create({
    data: {
      waveId, provinceCode, sequence: next(), name: `Kelas ${province.name}`, venue: 'Hotel Uji', city: 'Kota Uji',
      startDate: new Date(dates.start), endDate: new Date(dates.end), quota: 60, status: 'OPEN',
    },
    select: { id: true, provinceCode: true },
  })
}

export async function createSession(cohortId: string, startsAt = new Date('2024-05-20T01:00:00Z'), jp = 2) {
  return testDb().session.create({
    data: { cohortId, title: `Sesi ${next()}`, kind: 'MODULE', startsAt, endsAt: new Date(startsAt.getTime() + jp * 45 * 60_000), jp, mode: 'LURING' },
    select: { id: true },
  })
}

export async function createTrainer(homeProvinceCode = '31') {
  const n = unique()
  return testDb().trainer.create({
    data: { name: `Pelatih ${n}`, email: `pelatih.${n}@contoh.id`, homeProvinceCode },
    select: { id: true },
  })
}

export async function assignTrainer(trainerId: string, cohortId: string, role: 'LEAD' | 'SUPPORT' = 'SUPPORT') {
  return testDb().trainerAssignment.create({ data: { trainerId, cohortId, role }, select: { id: true } })
}

/** A participant living in a real village of the province, with a NIK consistent with it. */
export async function createParticipant(provinceCode: string) {
  const village = await testDb().village.findFirstOrThrow({
    where: { district: { regency: { provinceCode } } },
    select: { code: true, districtCode: true, district: { select: { regencyCode: true } } },
  })
  const n = next()
  const nik = `${village.districtCode.replaceAll('.', '')}120590${String(1000 + (n % 9000)).padStart(4, '0')}`
  const phone = `+62812${String(Date.now() % 1e7).padStart(7, '0')}${n % 10}`
  return testDb().participant.create({
    data: {
      name: `Peserta ${unique()}`, ...protectNik(nik), sex: 'L', phone, institutionType: 'PERPUSTAKAAN_DESA',
      institutionName: 'Perpustakaan Desa Uji', villageCode: village.code, regencyCode: village.district.regencyCode, provinceCode,
    },
    select: { id: true, phone: true, provinceCode: true },
  })
}

export async function enrol(participantId: string, cohortId: string, programId: string) {
  return testDb().enrolment.create({ data: { participantId, cohortId, programId }, select: { id: true } })
}

export async function markAttendance(enrolmentId: string, sessionId: string, status: 'HADIR' | 'ALPA' = 'HADIR') {
  return testDb().attendanceMark.create({ data: { enrolmentId, sessionId, status, method: 'TRAINER' }, select: { id: true } })
}

type UserOptions = { provinceCode?: string; trainerId?: string; participantId?: string; password?: string; accessCode?: string; phone?: string; active?: boolean }

/** A user row and the Actor a signed-in request of that user would carry. */
export async function createUser(role: Role, options: UserOptions = {}): Promise<{ actor: Actor; email: string | null }> {
  const n = unique()
  const email = role === 'PESERTA' ? null : `${role.toLowerCase()}.${n}@contoh.id`
  const user = await testDb().user.create({
    data: {
      name: `Pengguna ${n}`, role, email, phone: options.phone ?? null,
      passwordHash: options.password ? await hashSecret(options.password) : null,
      accessCodeHash: options.accessCode ? await hashSecret(normalizeAccessCode(options.accessCode)) : null,
      provinceCode: options.provinceCode ?? null, trainerId: options.trainerId ?? null, participantId: options.participantId ?? null,
      active: options.active ?? true,
    },
    select: { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true },
  })
  return { actor: { userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode, trainerId: user.trainerId, participantId: user.participantId, ip: '127.0.0.1', userAgent: 'vitest' }, email }
}

export type WorldActors = Record<'admin' | 'operatorJabar' | 'operatorKaltim' | 'trainerA' | 'trainerB' | 'participant', Actor>

/** A signed-in actor of every role for a two-province world: Admin Pusat, the operators of Jawa Barat (32) and Kalimantan Timur (64), two trainers and one participant. */
export async function createWorldActors(trainerAId: string, trainerBId: string, participantId: string): Promise<WorldActors> {
  return {
    admin: (await createUser('ADMIN_PUSAT')).actor,
    operatorJabar: (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor,
    operatorKaltim: (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor,
    trainerA: (await createUser('PELATIH_AHLI', { trainerId: trainerAId })).actor,
    trainerB: (await createUser('PELATIH_AHLI', { trainerId: trainerBId })).actor,
    participant: (await createUser('PESERTA', { participantId })).actor,
  }
}
