// The cohort attendance recap (issue 10): 60 participants × 20 sessions, target under 100 ms.
// A scratch database holds a wave of BENCH_COHORTS cohorts (34 by default), each with 60 participants,
// 20 sessions and every mark (34 × 1,200 = 40,800 marks), so the recap's queries find their cohort
// among others as they will in production. Then getCohortAttendanceRecapOrThrow — the loader behind
// the recap pages and the Excel export — is timed as Admin Pusat, as the province's operator and as
// the cohort's trainer (whose scope is a nested EXISTS), after a warm-up; beside it the floor, the
// cheapest scoped read of the same cohort (the cohort row alone).
//   npm run bench:recap                                                  embedded PGlite (temp dir)
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:recap
// Results → stdout and bench/results/attendance-recap[-postgresql].md
import { randomBytes, randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Actor } from '../lib/auth/actor'
import type { Database } from '../lib/db/client'
import { getCohortAttendanceRecapOrThrow } from '../lib/server/attendance/get-cohort-attendance-recap'
import { getCohortOrThrow } from '../lib/server/cohorts/get-cohort'
import { withBenchDatabase } from './support/scratch-database'
import { runBench, saveBenchResults } from './support/results'

for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

const PARTICIPANTS = 60
const SESSIONS = 20
const COHORTS = Number(process.env.BENCH_COHORTS ?? 34)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const WARMUP = 20
const TARGET_MS = 100
const STATUSES = ['HADIR', 'HADIR', 'HADIR', 'HADIR', 'HADIR', 'HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const
const onPostgres = !!process.env.BENCH_DATABASE_URL

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (n: number) => n.toFixed(1)

type World = { cohortId: string; admin: Actor; operator: Actor; trainer: Actor; marks: number }

async function buildWorld({ prisma }: Database): Promise<World> {
  const provinces = await prisma.province.findMany({ select: { code: true, regencies: { select: { code: true }, take: 1 } }, orderBy: { code: 'asc' } })
  const program = await prisma.program.create({ data: { name: 'Bench Rekap Presensi', kind: 'SPP_TIK', year: 2026 }, select: { id: true } })
  const wave = await prisma.wave.create({ data: { programId: program.id, number: 1, startDate: new Date('2026-05-17'), endDate: new Date('2026-05-22'), mode: 'LURING' }, select: { id: true } })
  let first: { cohortId: string; trainerId: string; provinceCode: string } | null = null
  let marks = 0
  for (let c = 0; c < COHORTS; c++) {
    const province = provinces[c % provinces.length]
    const cohortId = randomUUID()
    await prisma.cohort.create({ data: { id: cohortId, waveId: wave.id, provinceCode: province.code, sequence: Math.floor(c / provinces.length) + 1, name: `Kelas Bench ${c}`, venue: 'Hotel Bench', city: 'Kota', startDate: new Date('2026-05-18'), endDate: new Date('2026-05-22'), quota: PARTICIPANTS, status: 'RUNNING' } })
    const sessions = Array.from({ length: SESSIONS }, (_, i) => {
      const startsAt = new Date(Date.UTC(2026, 4, 18 + Math.floor(i / 4), 1 + (i % 4) * 2))
      return { id: randomUUID(), cohortId, title: `Sesi ${i + 1}`, kind: 'MODULE' as const, jp: 2, mode: 'LURING' as const, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) }
    })
    await prisma.session.createMany({ data: sessions })
    const trainerId = randomUUID()
    await prisma.trainer.create({ data: { id: trainerId, name: `Pelatih Bench ${c}`, email: `bench.rekap.${c}@contoh.id`, homeProvinceCode: province.code } })
    await prisma.trainerAssignment.create({ data: { trainerId, cohortId, role: 'LEAD' } })
    const people = Array.from({ length: PARTICIPANTS }, (_, p) => {
      const n = c * PARTICIPANTS + p
      return {
        id: randomUUID(), name: `Peserta Bench ${String(n).padStart(5, '0')}`, nikCiphertext: 'bench', nikHash: `bench-${n}`, nikMasked: '3204********0001', sex: 'P' as const,
        phone: `+62813${String(n).padStart(8, '0')}`, institutionType: 'TBM' as const, institutionName: 'TBM Bench', regencyCode: province.regencies[0].code, provinceCode: province.code,
      }
    })
    await prisma.participant.createMany({ data: people })
    const enrolments = people.map((p) => ({ id: randomUUID(), participantId: p.id, cohortId, programId: program.id }))
    await prisma.enrolment.createMany({ data: enrolments })
    const rows = enrolments.flatMap((e, p) => sessions.map((s, i) => ({ enrolmentId: e.id, sessionId: s.id, status: STATUSES[(p * 7 + i) % STATUSES.length], method: 'TRAINER' as const })))
    await prisma.attendanceMark.createMany({ data: rows })
    marks += rows.length
    first ??= { cohortId, trainerId, provinceCode: province.code }
  }
  const user = async (role: Actor['role'], extra: { provinceCode?: string; trainerId?: string }) => {
    const u = await prisma.user.create({ data: { name: `Bench ${role}`, role, email: `bench.${role.toLowerCase()}@contoh.id`, ...extra }, select: { id: true, name: true } })
    return { userId: u.id, name: u.name, role, provinceCode: extra.provinceCode ?? null, trainerId: extra.trainerId ?? null, participantId: null, ip: '127.0.0.1', userAgent: 'bench' } satisfies Actor
  }
  return {
    cohortId: first!.cohortId, marks,
    admin: await user('ADMIN_PUSAT', {}),
    operator: await user('OPERATOR_PROVINSI', { provinceCode: first!.provinceCode }),
    trainer: await user('PELATIH_AHLI', { trainerId: first!.trainerId }),
  }
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await run()
    samples.push(performance.now() - t0)
  }
  return samples
}

async function main() {
  await withBenchDatabase('recap', async ({ database, label, preparedMs }) => {
    const t0 = performance.now()
    const world = await buildWorld(database)
    const buildSeconds = (performance.now() - t0) / 1000
    const check = await getCohortAttendanceRecapOrThrow(world.operator, world.cohortId)
    if (check.rows.length !== PARTICIPANTS || check.sessions.length !== SESSIONS || check.rows.some((r) => r.statuses.includes(null))) throw new Error('recap: the world is not what the bench built')
    const results: { who: string; samples: number[] }[] = [
      { who: 'floor: the cohort row alone (getCohortOrThrow, operator)', samples: await time(() => getCohortOrThrow(world.operator, world.cohortId)) },
      { who: 'recap as Operator Provinsi', samples: await time(() => getCohortAttendanceRecapOrThrow(world.operator, world.cohortId)) },
      { who: 'recap as Admin Pusat', samples: await time(() => getCohortAttendanceRecapOrThrow(world.admin, world.cohortId)) },
      { who: 'recap as the cohort\'s Pelatih Ahli', samples: await time(() => getCohortAttendanceRecapOrThrow(world.trainer, world.cohortId)) },
    ]
    const worst = Math.max(...results.slice(1).map((r) => percentile(r.samples, 95)))
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${label}. ` +
        `One wave of ${COHORTS} cohorts, each ${PARTICIPANTS} participants × ${SESSIONS} sessions with every mark (${world.marks.toLocaleString('en-US')} marks; ` +
        `migrate + regions ${(preparedMs / 1000).toFixed(1)} s, data ${buildSeconds.toFixed(1)} s, not timed). ${RUNS} calls each after ${WARMUP} warm-up calls, one at a time, in process.`,
      '',
      '| loader | median ms | p95 ms | max ms |',
      '|---|---|---|---|',
      ...results.map((r) => `| ${r.who} | ${ms(percentile(r.samples, 50))} | ${ms(percentile(r.samples, 95))} | ${ms(Math.max(...r.samples))} |`),
      '',
      `Target: the recap of ${PARTICIPANTS} × ${SESSIONS} under ${TARGET_MS} ms — worst p95 ${ms(worst)} ms: ${worst < TARGET_MS ? 'under target' : '**over target**'}.`,
    ].join('\n')
    saveBenchResults(`attendance-recap${onPostgres ? '-postgresql' : ''}`, table)
    if (worst >= TARGET_MS) process.exitCode = 1
  })
}

runBench(main)
