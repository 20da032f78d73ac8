// Playwright's webServer: a FRESH database for every e2e run, then `npm start` on E2E_PORT (which
// migrates, seeds the demo data into the empty database (SEED_DEMO=true), builds Next if needed and serves).
//   TEST_DATABASE_URL=postgresql://… → database `bimtek_e2e_<port>` on that server, dropped and recreated
//   otherwise                        → embedded PGlite in .data/e2e-<port>, deleted first
// Each port also builds into its own folder (.next-e2e-<port>), so runs on different ports never collide.
import { spawn } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import pg from 'pg'
import TEST_ENV from '../../support/test-env.json' with { type: 'json' }

const port = process.env.E2E_PORT ?? '3100'
const E2E_DATABASE = `bimtek_e2e_${port}`
const E2E_DATA_DIR = `.data/e2e-${port}`

async function freshDatabaseUrl(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim()
  if (!serverUrl) {
    await rm(E2E_DATA_DIR, { recursive: true, force: true })
    return `pglite:${E2E_DATA_DIR}`
  }
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    // FORCE: a server left over from an interrupted run may still hold connections.
    await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${E2E_DATABASE}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${E2E_DATABASE}`
  return url.toString()
}

const databaseUrl = await freshDatabaseUrl()
const distDir = `.next-e2e-${port}`
const tsconfig = `${distDir}.tsconfig.json`
await writeFile(tsconfig, JSON.stringify({ extends: './tsconfig.json' }, null, 2))
console.log(`[e2e] database ${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}, port ${port}`)

const child = spawn('npm', ['start'], {
  stdio: 'inherit',
  // SEED_DEMO: start.ts seeds an empty PostgreSQL database only when asked; specs need the demo accounts.
  env: { ...process.env, ...TEST_ENV, DATABASE_URL: databaseUrl, PORT: port, SEED_DEMO: 'true', NEXT_DIST_DIR: distDir, NEXT_TSCONFIG_PATH: tsconfig },
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  })
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1))
})
