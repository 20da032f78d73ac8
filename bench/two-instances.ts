// Two production instances on one PostgreSQL through a database restart (issue 9, point 12).
// Starts a throwaway PostgreSQL cluster of its own (never the machine's shared server), migrates
// and seeds it through `npm start`, builds once, starts two instances with `npm start`, drives
// signed-in traffic of every role against both, stops PostgreSQL in the middle for a few seconds,
// and then checks: /api/health answered 503 during the outage and 200 after on both instances;
// both recovered by themselves; every acknowledged write is in the database; nothing is half
// written. Reports p95 latency, errors before/during/after the outage and the recovery time.
// Exits non-zero when a check fails.
//   npm run bench:instances
//   BENCH_DURATION_S=60 BENCH_PG_PAUSE_MS=5000 BENCH_PORTS=3301,3302    (the defaults)
//   BENCH_DATABASE_URL=postgresql://… BENCH_PG_RESTART_COMMAND='…'       (your own server instead)
// Results → stdout and bench/results/two-instances.md; instance logs → bench/results/instance-<port>.log
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, openSync } from 'node:fs'
import { cpus } from 'node:os'
import pg from 'pg'
import { DEMO_ACCOUNTS } from '../prisma/seed/demo-accounts'
import { checkWrites } from './support/instance-checks'
import { probeHealth, runRole, ROUNDS, type Sample, type TrafficContext } from './support/instance-traffic'
import { readActionIds } from './support/server-action'
import { signInCookie } from './support/sign-in'
import { benchPostgres } from './support/throwaway-postgres'
import { runBench, saveBenchResults } from './support/results'

const DURATION_MS = Number(process.env.BENCH_DURATION_S ?? 60) * 1000
const PAUSE_MS = Number(process.env.BENCH_PG_PAUSE_MS ?? 5000)
const PORTS = (process.env.BENCH_PORTS ?? '3301,3302').split(',').map(Number)
const RECOVERY_LIMIT_MS = 10_000
const WARM_UP_MS = 10_000

type Instance = { name: string; baseUrl: string; child: ChildProcess; exitCode: number | null | undefined }

function startInstance(port: number, env: NodeJS.ProcessEnv): Instance {
  mkdirSync('bench/results', { recursive: true })
  const log = openSync(`bench/results/instance-${port}.log`, 'w')
  const child = spawn('npm', ['start'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', log, log], detached: true })
  const instance: Instance = { name: `:${port}`, baseUrl: `http://127.0.0.1:${port}`, child, exitCode: undefined }
  child.on('exit', (code) => { instance.exitCode = code })
  return instance
}

async function waitHealthy(instance: Instance, timeoutMs = 600_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (instance.exitCode !== undefined) throw new Error(`instance ${instance.name} exited (${instance.exitCode}) while starting; see bench/results/instance-${instance.name.slice(1)}.log`)
    const ok = await fetch(`${instance.baseUrl}/api/health`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`instance ${instance.name} did not become healthy`)
}

/** A cohort of Jawa Barat with room for every registration of the run, in a program of its own. */
async function createBenchCohort(client: pg.Client, runId: string): Promise<string> {
  const { rows: [program] } = await client.query(`INSERT INTO program (id, name, kind, year, "updatedAt") VALUES (gen_random_uuid(), $1, 'SPP_TIK', 2027, now()) RETURNING id`, [`Bimtek bench ${runId}`])
  const { rows: [wave] } = await client.query(`INSERT INTO wave (id, "programId", number, "startDate", "endDate", mode) VALUES (gen_random_uuid(), $1, 1, '2027-05-17', '2027-05-22', 'LURING') RETURNING id`, [program.id])
  const { rows: [cohort] } = await client.query(
    `INSERT INTO cohort (id, "waveId", "provinceCode", name, venue, city, "startDate", "endDate", quota, status, "updatedAt")
     VALUES (gen_random_uuid(), $1, '32', 'Kelas Jawa Barat (bench)', 'Hotel Bandung', 'Bandung', '2027-05-19', '2027-05-22', 100000, 'OPEN', now()) RETURNING id`,
    [wave.id],
  )
  return cohort.id
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
}
// A page that does not answer 200 failed its user (a redirect to /masuk would sign them out); an
// action's refusal (4xx, or 422 for a message in its state) is an answer, not an error.
const isError = (s: Sample) => typeof s.status !== 'number' || s.status >= 500 || (s.what.startsWith('GET ') && s.status !== 200)
// A request in flight when the server went away belongs to the outage.
const phaseOf = (s: Sample, downAt: number, upAt: number) => (s.start + s.ms < downAt ? 'before' : s.start < upAt ? 'during' : 'after')

async function main() {
  const runId = Date.now().toString(36)
  const server = await benchPostgres()
  const instances: Instance[] = []
  const database = `bimtek_bench_instances_${process.pid}`
  const admin = new pg.Client({ connectionString: server.serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const url = new URL(server.serverUrl)
  url.pathname = `/${database}`
  // Ctrl-C or a timeout: still stop the instances and the throwaway cluster.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { stopInstances(instances); void server.dispose().finally(() => process.exit(130)) })
  }
  const checks: { name: string; ok: boolean; detail: string }[] = []
  const check = (name: string, ok: boolean, detail = '') => checks.push({ name, ok, detail })
  try {
    const secret = () => randomBytes(32).toString('base64')
    const env = { ...process.env, DATABASE_URL: url.toString(), SEED_DEMO: 'true', AUTH_SECRET: secret(), NIK_ENCRYPTION_KEY: secret(), NIK_HASH_KEY: secret() }
    // The first instance migrates, seeds and builds; the second finds all three done.
    console.log(`[bench] ${server.label}; starting ${PORTS.map((p) => `:${p}`).join(' and ')} (the first start builds)…`)
    for (const port of PORTS) {
      const instance = startInstance(port, env)
      instances.push(instance)
      await waitHealthy(instance)
    }
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    const cohortId = await createBenchCohort(client, runId)
    const { rows: [demo] } = await client.query(`SELECT id FROM participant WHERE "provinceCode" = '32' ORDER BY name LIMIT 1`)
    await client.end()

    const [first] = instances
    const staff = (a: { email: string; password: string }) => signInCookie(first.baseUrl, 'staf', { email: a.email, password: a.password })
    const ctx: TrafficContext = {
      runId, cohortId, demoParticipantId: demo.id, actions: readActionIds(), samples: [],
      acknowledged: { participants: [], accessCodes: [], previews: [], imports: [] },
      cookies: {
        admin: await staff(DEMO_ACCOUNTS.adminPusat), operator: await staff(DEMO_ACCOUNTS.operatorJabar), trainer: await staff(DEMO_ACCOUNTS.pelatih),
        participant: await signInCookie(first.baseUrl, 'peserta', { phone: DEMO_ACCOUNTS.peserta.phone, accessCode: DEMO_ACCOUNTS.peserta.accessCode }),
      },
      stopAt: Date.now() + WARM_UP_MS,
    }
    // Warm up (JIT, lazily loaded routes, caches) on both instances; its writes are checked too.
    await Promise.all(instances.flatMap((i) => (Object.keys(ROUNDS) as (keyof typeof ROUNDS)[]).map((role) => runRole(ctx, i.name, i.baseUrl, role))))
    ctx.samples.length = 0
    ctx.stopAt = Date.now() + DURATION_MS
    console.log(`[bench] traffic for ${DURATION_MS / 1000} s; PostgreSQL goes away after ${Math.round(DURATION_MS * 0.35 / 1000)} s for ${PAUSE_MS / 1000} s`)
    const traffic = instances.flatMap((instance) => [
      probeHealth(ctx, instance.name, instance.baseUrl),
      ...(Object.keys(ROUNDS) as (keyof typeof ROUNDS)[]).map((role) => runRole(ctx, instance.name, instance.baseUrl, role)),
    ])
    await new Promise((r) => setTimeout(r, DURATION_MS * 0.35))
    const { downAt, stoppedAt, startingAt, upAt } = await server.restart(PAUSE_MS)
    console.log(`[bench] PostgreSQL was down ${((upAt - downAt) / 1000).toFixed(1)} s`)
    await Promise.all(traffic)

    // Health: 503 during the outage, answered quickly; then 200 again on each instance by itself.
    const recovery: Record<string, number> = {}
    for (const instance of instances) {
      const health = ctx.samples.filter((s) => s.instance === instance.name && s.what === 'GET /api/health')
      const during = health.filter((s) => phaseOf(s, downAt, upAt) === 'during')
      // Probes while `pg_ctl stop` is still under way may see the server finishing its work, and
      // those after `pg_ctl start` began may see it back before pg_ctl does.
      const settled = during.filter((s) => s.start >= stoppedAt && s.start + s.ms < startingAt)
      check(`${instance.name} /api/health answers 503 during the outage`, settled.length > 0 && settled.every((s) => s.status === 503),
        `statuses ${JSON.stringify(countBy(settled.map((s) => String(s.status))))}`)
      check(`${instance.name} /api/health answers the outage within 2 s`, settled.every((s) => s.ms < 2000), `max ${Math.max(...settled.map((s) => s.ms))} ms`)
      const firstOk = health.find((s) => s.start >= upAt && s.status === 200)
      recovery[instance.name] = firstOk ? firstOk.start + firstOk.ms - upAt : NaN
      check(`${instance.name} recovers by itself within ${RECOVERY_LIMIT_MS / 1000} s`, !!firstOk && recovery[instance.name] < RECOVERY_LIMIT_MS, `${recovery[instance.name]} ms`)
      const laterBad = health.filter((s) => firstOk && s.start > firstOk.start && s.status !== 200)
      check(`${instance.name} /api/health stays 200 after recovering`, laterBad.length === 0, `${laterBad.length} other answers`)
      check(`${instance.name} process still running (never restarted)`, instance.exitCode === undefined, `exit ${instance.exitCode}`)
      const afterRecovery = ctx.samples.filter((s) => s.instance === instance.name && firstOk && s.start > firstOk.start + firstOk.ms && isError(s))
      check(`${instance.name} no errors once healthy again`, afterRecovery.length === 0, afterRecovery.slice(0, 5).map((s) => `${s.what} ${s.status}`).join(', '))
    }
    // Requests during the outage: a clear 503. Those in flight when the server went away, and the
    // first that finds it gone, end as 500 (decision 020); a second after it stopped, the health
    // probes (every 200 ms) have marked it away on both instances, so none may.
    const outage = ctx.samples.filter((s) => s.what !== 'GET /api/health' && phaseOf(s, downAt, upAt) === 'during' && s.status === 500)
    const late = outage.filter((s) => s.start >= stoppedAt + 1000)
    check('requests during the outage answer 503, not 500', late.length === 0,
      `${outage.length - late.length} × 500 in flight as it began; ${late.length} later: ${[...new Set(late.map((s) => s.what))].join(', ')}`)

    for (const c of await checkWrites(url.toString(), ctx)) check(c.name, c.ok, c.detail)

    const report = renderReport(ctx.samples, downAt, upAt, recovery, checks, server.label, ctx)
    saveBenchResults('two-instances', report)
    if (checks.some((c) => !c.ok)) process.exitCode = 1
  } finally {
    stopInstances(instances)
    await new Promise((r) => setTimeout(r, 1000))
    await server.dispose()
  }
}

function stopInstances(instances: Instance[]) {
  for (const instance of instances) {
    try { process.kill(-instance.child.pid!, 'SIGTERM') } catch { /* already gone */ }
  }
}

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {})
}

function renderReport(samples: Sample[], downAt: number, upAt: number, recovery: Record<string, number>, checks: { name: string; ok: boolean; detail: string }[], label: string, ctx: TrafficContext): string {
  const phases = ['before', 'during', 'after'] as const
  const row = (name: string, list: Sample[]) => {
    const by = (phase: string) => list.filter((s) => phaseOf(s, downAt, upAt) === phase)
    const errors = phases.map((p) => by(p).filter(isError).length)
    const statuses = countBy(list.filter(isError).map((s) => String(s.status)))
    return `| ${name} | ${list.length} | ${Math.round(percentile(by('before').map((s) => s.ms), 95))} | ${Math.round(percentile(by('after').map((s) => s.ms), 95))} | ${errors.join(' / ')} | ${Object.entries(statuses).map(([k, v]) => `${v}×${k}`).join(', ') || '–'} |`
  }
  const groups = [...new Set(samples.map((s) => `${s.role}: ${s.what}`))].sort()
  const a = ctx.acknowledged
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, ${label}; ${PORTS.length} instances, ${DURATION_MS / 1000} s of traffic, PostgreSQL stopped (pg_ctl stop -m fast) and started again ${(PAUSE_MS / 1000).toFixed(0)} s later: down ${((upAt - downAt) / 1000).toFixed(1)} s.`,
    '',
    '| role: request | requests | p95 ms before | p95 ms after | errors before / during / after | error statuses |',
    '|---|---|---|---|---|---|',
    ...groups.map((g) => row(g, samples.filter((s) => `${s.role}: ${s.what}` === g))),
    row('**all**', samples),
    '',
    `Recovery (PostgreSQL accepting connections → first 200 from /api/health): ${Object.entries(recovery).map(([k, v]) => `${k} ${v} ms`).join(', ')}.`,
    `Acknowledged writes: ${a.participants.length} registrations, ${a.accessCodes.length} access codes, ${a.previews.length} import previews, ${a.imports.length} confirmed imports (${a.imports.length * 3} participants).`,
    '',
    '| check | result | detail |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${c.ok ? 'ok' : '**FAILED**'} | ${c.detail.replaceAll('|', '\\|')} |`),
  ].join('\n')
}

runBench(main)
