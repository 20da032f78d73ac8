// National timeline latency with five years of rounds: the demo's 2024 round plus 2021–2023 and
// 2025 (4 waves × 38 provinces each), then 20 concurrent connections × 25 requests on the latest
// program (the default view) and on an older one, signed in as Admin Pusat. Target: p95 < 200 ms.
//   npx tsx bench/timeline.ts                                            embedded PGlite
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/timeline.ts
//                                             (a scratch database on that server, dropped after)
// Results → stdout and bench/results/timeline[-postgresql].md
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { openDatabase, type Database } from '../lib/db/client'
import { deployMigrations } from '../lib/db/migrate-engine'
import { DEMO_ACCOUNTS } from '../prisma/seed/demo-accounts'
import { loadTable, runLoad, type LoadResult } from './support/load'
import { scratchDatabase } from './support/scratch-database'
import { startApp } from './support/server'
import { signInCookie } from './support/sign-in'
import { addTimelineRounds, programIdByName, type RoundsSummary } from './support/timeline-rounds'
import { runBench, saveBenchResults } from './support/results'

const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const requestsPerConnection = Number(process.env.BENCH_REQUESTS ?? 25)
const PORT = 3233
const EXTRA_YEARS = [2021, 2022, 2023, 2025]
const onPostgres = !!process.env.BENCH_DATABASE_URL

// Throwaway keys for a throwaway database; the seed (a child process) and the app inherit them.
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

async function withDatabase<T>(url: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(url)
  try { return await fn(database) } finally { await database.close() }
}

/** Migrate, load the demo seed (regions, 2024 round, accounts) in a child with the react-server condition, add the other years. */
async function prepare(url: string): Promise<{ rounds: RoundsSummary; latestId: string; olderId: string; seconds: number }> {
  const started = performance.now()
  await withDatabase(url, (database) => deployMigrations(database.migrationFactory()))
  const seed = spawnSync('npm', ['run', 'db:seed'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } })
  if (seed.status !== 0) throw new Error('seeding the demo data failed')
  return withDatabase(url, async ({ prisma }) => {
    const rounds = await addTimelineRounds(prisma, EXTRA_YEARS)
    return { rounds, latestId: await programIdByName(prisma, 2025), olderId: await programIdByName(prisma, 2021), seconds: (performance.now() - started) / 1000 }
  })
}

async function main() {
  const scratch = await scratchDatabase('timeline')
  const { url } = scratch
  const { rounds, latestId, olderId, seconds } = await prepare(url)
  console.log(`prepared in ${seconds.toFixed(1)} s:`, rounds)
  // startApp runs `npm start` on BENCH_DATABASE_URL (already migrated and seeded, so it only builds
  // and serves), in its own build folder so that a parallel build elsewhere is not disturbed.
  const distDir = '.next-bench-timeline'
  writeFileSync(`${distDir}.tsconfig.json`, JSON.stringify({ extends: './tsconfig.json' }, null, 2))
  Object.assign(process.env, { BENCH_DATABASE_URL: url, NEXT_DIST_DIR: distDir, NEXT_TSCONFIG_PATH: `${distDir}.tsconfig.json` })
  const app = await startApp({ port: PORT })
  try {
    const cookie = await signInCookie(app.baseUrl, 'staf', { email: DEMO_ACCOUNTS.adminPusat.email, password: DEMO_ACCOUNTS.adminPusat.password })
    const targets = [
      { name: 'Admin Pusat dashboard (reference)', path: '/admin' },
      { name: 'timeline, default = latest program (2025, 152 cohorts)', path: '/admin/jadwal' },
      { name: 'timeline, latest program by id', path: `/admin/jadwal?program=${latestId}` },
      { name: 'timeline, older program (2021, 152 cohorts)', path: `/admin/jadwal?program=${olderId}` },
    ]
    for (const target of targets) await runLoad(app.baseUrl + target.path, { cookie, connections, requestsPerConnection: 5 })
    const rows: [string, LoadResult][] = []
    for (const target of targets) {
      const result = await runLoad(app.baseUrl + target.path, { cookie, connections, requestsPerConnection })
      rows.push([`${target.name} \`${target.path.replace(/[0-9a-f-]{36}/, '<id>')}\``, result])
      console.log(target.name, result)
    }
    const size = (await (await fetch(app.baseUrl + targets[1].path, { headers: { cookie } })).arrayBuffer()).byteLength
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, database: ${scratch.label}, ` +
        `${connections} concurrent connections × ${requestsPerConnection} requests. Data: ${rounds.programs} programs, ${rounds.cohorts} cohorts, ` +
        `${rounds.sessions} sessions, ${rounds.assignments} trainer assignments, ${rounds.participants} participants; timeline page ${Math.round(size / 1024)} KiB of HTML.`,
      '',
      ...loadTable(rows),
    ].join('\n')
    saveBenchResults(`timeline${onPostgres ? '-postgresql' : ''}`, table)
    if (rows.some(([, r]) => r.errors)) process.exitCode = 1
  } finally {
    await app.stop()
    await scratch.drop()
  }
}

runBench(main)
