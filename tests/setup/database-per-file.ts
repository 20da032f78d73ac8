// Vitest setupFile for the integration project: before a test file's own code runs, give it a fresh
// copy of the template that tests/setup/global-database.ts built, and install it as the app's
// database handle (lib/server/db.ts reads globalThis.__bimtekDatabase). Test files run in separate
// processes (pool forks, isolate), so the global belongs to this file alone.
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import { openDatabase, openPglite, type Database } from '../../lib/db/client'
import { quoteIdent, withDatabase, type TestDatabaseConfig } from './test-database'

const g = globalThis as unknown as { __bimtekDatabase?: Database }

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function copyTemplate(config: TestDatabaseConfig): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (config.kind === 'postgresql') {
    const name = `${config.prefix}${randomBytes(6).toString('hex')}`
    await adminQuery(config.serverUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(config.template)}`)
    const database = openDatabase(withDatabase(config.serverUrl, name), { poolSize: 5 })
    return {
      database,
      dispose: async () => {
        await database.close()
        await adminQuery(config.serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      },
    }
  }
  const loadDataDir = new Blob([await readFile(config.dumpFile)])
  const pglite = openPglite('pglite:memory://', { loadDataDir })
  await pglite.waitReady
  const database = openDatabase('pglite:memory://', { pglite })
  return { database, dispose: () => database.close() }
}

const started = performance.now()
const { database, dispose } = await copyTemplate(inject('testDatabase'))
g.__bimtekDatabase = database
if (process.env.TEST_DB_TIMING) {
  console.log(`[test database] ${inject('testDatabase').kind} copy ready in ${Math.round(performance.now() - started)} ms`)
}

afterAll(async () => {
  delete g.__bimtekDatabase
  await dispose()
})
