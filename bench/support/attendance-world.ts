// The world of the attendance bench: 189 trainers, each assigned to one cohort of 60 participants
// with four sessions open for marking now (one for single marks, one for offline batches, two for the
// check-in bursts), spread over the provinces; and participants with access codes for the bursts. Written straight into a scratch database before the app starts.
import { randomUUID } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import type { Database } from '../../lib/db/client'

export const TRAINERS = 189
export const PER_COHORT = 60
export const PASSWORD = 'bench-sandi-2026'
export const ACCESS_CODE = 'BENCH7'

export type BenchTrainer = { email: string; sessionIds: string[]; enrolmentIds: string[] }
/** sessionIds: the two sessions kept for the check-in bursts (nothing else marks them). */
export type BenchParticipant = { phone: string; sessionIds: string[]; enrolmentId: string }
export type AttendanceWorld = { trainers: BenchTrainer[]; participants: BenchParticipant[] }

export async function buildAttendanceWorld({ prisma }: Database, now = new Date()): Promise<AttendanceWorld> {
  const provinces = await prisma.province.findMany({ select: { code: true, regencies: { select: { code: true }, take: 1 } }, orderBy: { code: 'asc' } })
  const program = await prisma.program.create({ data: { name: `Bench Presensi ${now.toISOString()}`, kind: 'SPP_TIK', year: now.getUTCFullYear() }, select: { id: true } })
  const day = new Date(now.toISOString().slice(0, 10))
  const wave = await prisma.wave.create({ data: { programId: program.id, number: 1, startDate: day, endDate: day, mode: 'LURING' }, select: { id: true } })
  const [passwordHash, accessCodeHash] = await Promise.all([hash(PASSWORD), hash(ACCESS_CODE)])
  const trainers: BenchTrainer[] = []
  const participants: BenchParticipant[] = []
  for (let t = 0; t < TRAINERS; t++) {
    const province = provinces[t % provinces.length]
    const seq = Math.floor(t / provinces.length) + 1
    const cohortId = randomUUID()
    await prisma.cohort.create({ data: { id: cohortId, waveId: wave.id, provinceCode: province.code, sequence: seq, name: `Kelas Bench ${t}`, venue: 'Hotel Bench', city: 'Kota', startDate: day, endDate: day, quota: PER_COHORT, status: 'RUNNING' } })
    const sessionIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
    await prisma.session.createMany({ data: sessionIds.map((id, i) => ({
      id, cohortId, title: `Sesi ${i + 1}`, kind: 'MODULE' as const, jp: 4, mode: 'LURING' as const,
      startsAt: new Date(now.getTime() - (20 + i * 60) * 60_000), endsAt: new Date(now.getTime() + 3 * 3600_000),
    })) })
    const trainerId = randomUUID()
    const email = `bench.pelatih.${t}@contoh.id`
    await prisma.trainer.create({ data: { id: trainerId, name: `Pelatih Bench ${t}`, email, homeProvinceCode: province.code } })
    await prisma.trainerAssignment.create({ data: { trainerId, cohortId, role: 'LEAD' } })
    await prisma.user.create({ data: { name: `Pelatih Bench ${t}`, email, passwordHash, role: 'PELATIH_AHLI', trainerId } })
    const people = Array.from({ length: PER_COHORT }, (_, p) => {
      const n = t * PER_COHORT + p
      return {
        id: randomUUID(), name: `Peserta Bench ${n}`, nikCiphertext: 'bench', nikHash: `bench-${n}`, nikMasked: '3204********0001', sex: 'P' as const,
        phone: `+62813${String(n).padStart(8, '0')}`, institutionType: 'TBM' as const, institutionName: 'TBM Bench', regencyCode: province.regencies[0].code, provinceCode: province.code,
      }
    })
    await prisma.participant.createMany({ data: people })
    const enrolments = people.map((p) => ({ id: randomUUID(), participantId: p.id, cohortId, programId: program.id }))
    await prisma.enrolment.createMany({ data: enrolments })
    trainers.push({ email, sessionIds, enrolmentIds: enrolments.map((e) => e.id) })
    // The first five cohorts' participants can sign in, for the check-in burst (5 × 60 = 300).
    if (t < 5) {
      await prisma.user.createMany({ data: people.map((p) => ({ name: p.name, phone: p.phone, accessCodeHash, role: 'PESERTA' as const, participantId: p.id })) })
      people.forEach((p, i) => participants.push({ phone: p.phone, sessionIds: sessionIds.slice(2), enrolmentId: enrolments[i].id }))
    }
  }
  return { trainers, participants }
}
