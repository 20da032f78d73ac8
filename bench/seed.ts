// Seed timings: reference regions and demo data into a fresh database, then a second run (which
// must change nothing). Always on a temporary embedded database; also on PostgreSQL when
// BENCH_DATABASE_URL names a server (a scratch database is created there and dropped after).
//   npm run bench:seed
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:seed
// Results → stdout and bench/results/seed.md
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase } from '../lib/db/client'
import { deployMigrations } from '../lib/db/migrate-engine'
import { runSeed, type SeedResult } from '../prisma/seed/run-seed'
import { runBench, saveBenchResults } from './support/results'

// Throwaway databases get throwaway keys, so the bench never reads or creates .data/secrets.json.
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

type Row = { label: string; first: SeedResult; second: SeedResult }

async function benchDatabase(label: string, url: string): Promise<Row> {
  const database = openDatabase(url)
  try {
    await deployMigrations(database.migrationFactory())
    const first = await runSeed(database.prisma)
    const second = await runSeed(database.prisma)
    if (JSON.stringify(first.demo) !== JSON.stringify(second.demo)) throw new Error('The second run planned different data')
    return { label, first, second }
  } finally {
    await database.close()
  }
}

async function benchEmbedded(): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bimtek-bench-seed-'))
  try {
    return await benchDatabase('embedded (PGlite, on disk)', `pglite:${dir}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchPostgresql(serverUrl: string): Promise<Row> {
  const name = `bimtek_bench_seed_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return await benchDatabase(`PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}`, url.toString())
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1)

function markdown(rows: Row[]): string {
  const { demo } = rows[0].first
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}.`,
    `Data: ${demo.cohorts} cohorts, ${demo.sessions} sessions, ${demo.trainers} trainers, ${demo.assignments} assignments, ` +
      `${demo.participants} participants, ${demo.marks} attendance marks, ${demo.assessments} assessments; ` +
      'reference regions: 38 provinces, 514 regencies, 7,285 districts, 83,762 villages.',
    '',
    '| database | reference load (s) | demo seed (s) | total (s) | second run, no changes (s) |',
    '|---|---|---|---|---|',
    ...rows.map(({ label, first, second }) =>
      `| ${label} | ${seconds(first.timings.referenceMs)} | ${seconds(first.timings.demoMs)} | **${seconds(first.timings.totalMs)}** | ${seconds(second.timings.totalMs)} |`),
  ].join('\n')
}

async function main() {
  const rows = [await benchEmbedded()]
  if (process.env.BENCH_DATABASE_URL) rows.push(await benchPostgresql(process.env.BENCH_DATABASE_URL))
  const table = markdown(rows)
  saveBenchResults('seed', table)
}

runBench(main)
