// The automatic trainer assignment proposal for a national round: 189 trainers over 4 waves × 38
// cohorts (5 trainers a cohort). Target: under 2 s.
//   (a) the pure rules: proposeAssignments for the whole round at once, several runs;
//   (b) the server path on a fresh database: proposeWaveAssignments + applyWaveProposal for each
//       wave in order (later waves see the earlier ones' bookings), as Admin Pusat.
//   npm run bench:proposal                                               embedded PGlite (temp dir)
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:proposal
//                                             (a scratch database on that server, dropped after)
// Results → stdout and bench/results/proposal[-postgresql].md
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import type { Actor } from '../lib/auth/actor'
import type { Database } from '../lib/db/client'
import { proposeAssignments, type ProposalCohort, type ProposalTrainer } from '../lib/scheduling/propose'
import { bookingLabel } from '../lib/scheduling/conflicts'
import { applyWaveProposal } from '../lib/server/assignments/apply-wave-proposal'
import { proposeWaveAssignments } from '../lib/server/assignments/propose-wave-assignments'
import { DEFAULT_SCHEDULING_SETTINGS, getSchedulingSettings } from '../lib/server/settings/scheduling-settings'
import { planRound, PROVINCE_CODES, TRAINERS, WAVES, type Round } from './support/proposal-round'
import { withBenchDatabase } from './support/scratch-database'
import { runBench, saveBenchResults } from './support/results'

// Throwaway keys for a throwaway database (the proposal is signed with AUTH_SECRET).
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const TARGET_MS = 2000
const serverUrl = process.env.BENCH_DATABASE_URL
const onPostgres = !!serverUrl
const { trainersPerCohort, travelGapDays } = DEFAULT_SCHEDULING_SETTINGS

const ms = (n: number) => Math.round(n)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// ───────────── (a) the pure proposal ─────────────

function pureInput(round: Round): { cohorts: ProposalCohort[]; trainers: ProposalTrainer[] } {
  const cohorts = round.cohorts.map((c): ProposalCohort => ({
    cohortId: c.id, provinceCode: c.provinceCode, startDate: c.startDate, endDate: c.endDate,
    label: bookingLabel(`Kelas ${c.provinceCode}`, c.startDate, c.endDate), required: trainersPerCohort, assigned: [],
  }))
  const trainers = round.trainers.map((t): ProposalTrainer => ({
    ...t, bookings: [], unavailable: round.unavailability.filter((u) => u.trainerId === t.id),
  }))
  return { cohorts, trainers }
}

function benchPure(round: Round) {
  const { cohorts, trainers } = pureInput(round)
  proposeAssignments(cohorts, trainers, { travelGapDays }) // warm-up
  const times: number[] = []
  let result = proposeAssignments(cohorts, trainers, { travelGapDays })
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    result = proposeAssignments(cohorts, trainers, { travelGapDays })
    times.push(performance.now() - started)
  }
  const unfilledSlots = result.unfilled.reduce((sum, u) => sum + u.missing, 0)
  return { median: median(times), max: Math.max(...times), assignments: result.assignments.length, filled: cohorts.length - result.unfilled.length, unfilledSlots }
}

// ───────────── (b) the server path ─────────────

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** The round's rows, and the Admin Pusat who will propose and apply. */
async function createRound(database: Database, round: Round): Promise<Actor> {
  const { prisma } = database
  const program = await prisma.program.create({ data: { name: 'Bimtek SPP-TIK 2026 (bench)', kind: 'SPP_TIK', year: 2026 }, select: { id: true } })
  await prisma.wave.createMany({ data: round.waves.map((w) => ({ id: w.id, programId: program.id, number: w.number, startDate: toDate(w.startDate), endDate: toDate(w.endDate), mode: 'LURING' as const })) })
  const provinces = new Map((await prisma.province.findMany({ select: { code: true, name: true } })).map((p) => [p.code, p.name]))
  await prisma.cohort.createMany({
    data: round.cohorts.map((c) => ({
      id: c.id, waveId: c.waveId, provinceCode: c.provinceCode, name: `Kelas ${provinces.get(c.provinceCode)}`, venue: 'Akan ditentukan',
      city: provinces.get(c.provinceCode)!, startDate: toDate(c.startDate), endDate: toDate(c.endDate), quota: 60, status: 'OPEN' as const,
    })),
  })
  await prisma.trainer.createMany({ data: round.trainers.map((t, i) => ({ ...t, email: `pelatih.bench.${i + 1}@contoh.id` })) })
  await prisma.trainerUnavailability.createMany({ data: round.unavailability.map((u) => ({ ...u, startDate: toDate(u.startDate), endDate: toDate(u.endDate) })) })
  const user = await prisma.user.create({ data: { name: 'Admin Pusat (bench)', role: 'ADMIN_PUSAT', email: 'admin.bench@contoh.id' }, select: { id: true, name: true } })
  return { userId: user.id, name: user.name, role: 'ADMIN_PUSAT', provinceCode: null, trainerId: null, participantId: null, ip: '127.0.0.1', userAgent: 'bench' }
}

type WaveRow = { number: number; proposeMs: number; applyMs: number; created: number; filled: number; unfilledSlots: number }

async function benchServer(round: Round) {
  return withBenchDatabase('proposal', async ({ database, label, preparedMs }) => {
    const roundStarted = performance.now()
    const admin = await createRound(database, round)
    const prepareSeconds = (preparedMs + performance.now() - roundStarted) / 1000
    await getSchedulingSettings() // the connection is open, as in a running server

    const rows: WaveRow[] = []
    for (const wave of round.waves) {
      const t0 = performance.now()
      const view = await proposeWaveAssignments(admin, wave.id)
      const t1 = performance.now()
      const { created } = view.token ? await applyWaveProposal(admin, { waveId: wave.id, token: view.token }) : { created: 0 }
      const t2 = performance.now()
      const waveCohorts = round.cohorts.filter((c) => c.waveId === wave.id).length
      const unfilled = view.cohorts.filter((c) => c.unfilled)
      rows.push({
        number: wave.number, proposeMs: t1 - t0, applyMs: t2 - t1, created,
        filled: waveCohorts - unfilled.length, unfilledSlots: unfilled.reduce((sum, c) => sum + c.unfilled!.missing, 0),
      })
      console.log(`wave ${wave.number}: propose ${ms(t1 - t0)} ms, apply ${ms(t2 - t1)} ms, ${created} assignments, ${waveCohorts - unfilled.length}/${waveCohorts} cohorts filled`)
    }
    const written = await database.prisma.trainerAssignment.count()
    if (written !== rows.reduce((sum, r) => sum + r.created, 0)) throw new Error(`expected ${rows.reduce((s, r) => s + r.created, 0)} assignments, found ${written}`)
    return { label, prepareSeconds, rows }
  })
}

// ───────────── report ─────────────

async function main() {
  const round = planRound()
  const pure = benchPure(round)
  console.log('pure proposeAssignments:', pure)
  const server = await benchServer(round)
  const total = server.rows.reduce((sum, r) => sum + r.proposeMs + r.applyMs, 0)
  const cohorts = round.cohorts.length
  const sum = (key: 'created' | 'filled' | 'unfilledSlots') => server.rows.reduce((s, r) => s + r[key], 0)
  const verdict = (n: number) => (n < TARGET_MS ? 'under target' : '**over target**')

  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}. ` +
      `Round: ${TRAINERS} trainers (home provinces over all ${PROVINCE_CODES.length} provinces, ${round.unavailability.length} with a few unavailable days), ` +
      `${WAVES} waves × ${PROVINCE_CODES.length} cohorts, ${trainersPerCohort} trainers a cohort (${cohorts * trainersPerCohort} places), travel gap ${travelGapDays} day.`,
    '',
    `(a) Pure \`proposeAssignments\`, the whole round at once, ${RUNS} runs after a warm-up: median **${ms(pure.median)} ms**, max ${ms(pure.max)} ms ` +
      `(${verdict(pure.max)}); ${pure.assignments} assignments, ${pure.filled}/${cohorts} cohorts filled, ${pure.unfilledSlots} places unfilled.`,
    '',
    `(b) Server path on a fresh database (${server.label}; migrate, regions and round prepared in ${server.prepareSeconds.toFixed(1)} s, not timed), wave by wave:`,
    '',
    '| wave | propose ms | apply ms | assignments written | cohorts filled | places unfilled |',
    '|---|---|---|---|---|---|',
    ...server.rows.map((r) => `| ${r.number} | ${ms(r.proposeMs)} | ${ms(r.applyMs)} | ${r.created} | ${r.filled}/${cohorts / WAVES} | ${r.unfilledSlots} |`),
    `| **round** | ${ms(server.rows.reduce((s, r) => s + r.proposeMs, 0))} | ${ms(server.rows.reduce((s, r) => s + r.applyMs, 0))} | ${sum('created')} | ${sum('filled')}/${cohorts} | ${sum('unfilledSlots')} |`,
    '',
    `Total propose + apply for the round: **${ms(total)} ms** (${verdict(total)}).`,
  ].join('\n')
  saveBenchResults(`proposal${onPostgres ? '-postgresql' : ''}`, table)
  if (total >= TARGET_MS || pure.max >= TARGET_MS) process.exitCode = 1
}

runBench(main)
