// A throwaway database for a benchmark: a temporary PGlite directory by default, or a scratch
// database on BENCH_DATABASE_URL's PostgreSQL server, dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, type Database } from '../../lib/db/client'
import { deployMigrations } from '../../lib/db/migrate-engine'
import { loadReferenceRegions } from '../../prisma/seed/reference'

async function withServer<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try { return await fn(admin) } finally { await admin.end() }
}

/** A fresh database URL, a label for the results, and how to get rid of it afterwards. */
export async function scratchDatabase(name: string, serverUrl = process.env.BENCH_DATABASE_URL): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `bimtek-bench-${name}-`))
    return { url: `pglite:${dir}`, label: 'embedded PGlite (on disk)', drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const database = `bimtek_bench_${name}_${process.pid}`
  const version = await withServer(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${database}`)
    return (await admin.query('SHOW server_version')).rows[0].server_version as string
  })
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return {
    url: url.toString(),
    label: `PostgreSQL ${version.split(' ')[0]}`,
    drop: () => withServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(() => undefined),
  }
}

export type BenchDatabase = { database: Database; url: string; label: string; preparedMs: number }

/**
 * Runs `fn` on a fresh scratch database, migrated and loaded with the reference regions
 * (`preparedMs`), installed as the app's database so domain functions reach it as in the tests
 * (lib/server/db.ts); closed and dropped afterwards.
 */
export async function withBenchDatabase<T>(name: string, fn: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const scratch = await scratchDatabase(name)
  const database = openDatabase(scratch.url)
  const g = globalThis as unknown as { __bimtekDatabase?: Database }
  g.__bimtekDatabase = database
  try {
    const started = performance.now()
    await deployMigrations(database.migrationFactory())
    await loadReferenceRegions(database.prisma)
    return await fn({ database, url: scratch.url, label: scratch.label, preparedMs: performance.now() - started })
  } finally {
    delete g.__bimtekDatabase
    await database.close()
    await scratch.drop()
  }
}
