// Vitest globalSetup for the integration project: builds ONE migrated database with the reference
// regions (~90k rows) and hands it to the workers, which copy it per test file
// (tests/setup/database-per-file.ts). Copying is far cheaper than migrating and loading each time.
//   TEST_DATABASE_URL=postgresql://… → a template database `bimtek_tpl_<pid>` on that server.
//   otherwise                        → an in-memory PGlite, dumped to a tar file the workers load.
import { rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase, openPglite, type Database } from '../../lib/db/client'
import { deployMigrations } from '../../lib/db/migrate-engine'
import { loadReferenceRegions } from '../../prisma/seed/reference'
import { quoteIdent, withDatabase, type TestDatabaseConfig } from './test-database'

async function migrateAndLoadReference(database: Database) {
  await deployMigrations(database.migrationFactory())
  await loadReferenceRegions(database.prisma)
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// Databases of runs that were killed before their teardown (their pid is gone).
async function dropStaleDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    String.raw`SELECT datname FROM pg_database WHERE datname ~ '^bimtek_(tpl|t)_\d+'`,
  )
  for (const { datname } of rows) {
    const pid = Number(/^bimtek_(?:tpl|t)_(\d+)/.exec(datname)![1])
    if (pid !== process.pid && !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`)
  }
}

async function setupPostgresql(serverUrl: string): Promise<{ config: TestDatabaseConfig; teardown: () => Promise<void> }> {
  const template = `bimtek_tpl_${process.pid}`
  const prefix = `bimtek_t_${process.pid}_`
  await withAdmin(serverUrl, async (admin) => {
    await dropStaleDatabases(admin)
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`)
  })
  const database = openDatabase(withDatabase(serverUrl, template), { poolSize: 4 })
  try {
    await migrateAndLoadReference(database)
  } finally {
    // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template.
    await database.close()
  }
  const teardown = () =>
    withAdmin(serverUrl, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
        [template, prefix],
      )
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`)
    })
  return { config: { kind: 'postgresql', serverUrl, template, prefix }, teardown }
}

async function setupPglite(): Promise<{ config: TestDatabaseConfig; teardown: () => Promise<void> }> {
  const pglite = openPglite('pglite:memory://')
  const database = openDatabase('pglite:memory://', { pglite })
  const dumpFile = path.join(os.tmpdir(), `bimtek-test-template-${process.pid}.tar`)
  try {
    await migrateAndLoadReference(database)
    const dump = await pglite.dumpDataDir('none')
    await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()))
  } finally {
    await database.close()
  }
  return { config: { kind: 'pglite', dumpFile }, teardown: () => rm(dumpFile, { force: true }) }
}

export default async function setup(project: TestProject) {
  const started = performance.now()
  const serverUrl = process.env.TEST_DATABASE_URL?.trim()
  if (serverUrl && !/^postgres(ql)?:\/\//.test(serverUrl)) throw new Error('TEST_DATABASE_URL must be a postgresql:// URL')
  const { config, teardown } = serverUrl ? await setupPostgresql(serverUrl) : await setupPglite()
  const where = config.kind === 'postgresql' ? `PostgreSQL template ${config.template}` : 'PGlite dump'
  console.log(`[test database] ${where}: migrated + reference regions in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  project.provide('testDatabase', config)
  return teardown
}
