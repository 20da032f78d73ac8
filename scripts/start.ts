// `npm start`: the whole set-up in one command. Applies migrations, loads the demo data into an
// empty database, builds the app when its sources changed, then serves it.
//   DATABASE_URL  unset → the embedded database in .data/pglite; postgresql://… in production
//   SEED_DEMO     demo data is loaded into an empty database by default only on the embedded one
//   PORT          default 3000
//   TRUSTED_PROXY_HOPS  proxies in front of the app that append to X-Forwarded-For (default 0: none)
// The server is scripts/serve.ts (Next's handler behind our own HTTP server, which decides the
// client's address). With --dev it serves Next's development mode instead of a production build.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isEmbedded, openDatabase, resolveDatabaseUrl } from '../lib/db/client'
import { deployMigrations, lastEnginePanic } from '../lib/db/migrate-engine'

const dev = process.argv.includes('--dev')
// --serve-only (`npm run serve`): production instances whose release was built and migrated beforehand.
const serveOnly = process.argv.includes('--serve-only')
const port = process.env.PORT ?? '3000'
const url = resolveDatabaseUrl()
const started = Date.now()
const log = (message: string) => console.log(`[start] ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`)

async function prepareDatabase() {
  // The embedded database may be opened by one process at a time: this one closes it before the server starts.
  const database = openDatabase(url)
  try {
    const applied = await deployMigrations(database.migrationFactory())
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema up to date')
    const seedDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === 'true' : isEmbedded(url)
    if (seedDemo && (await database.prisma.user.count()) === 0) {
      log('empty database: loading reference regions and demo data…')
      const { runSeed } = await import('../prisma/seed/run-seed')
      await runSeed(database.prisma)
      log('demo data loaded')
    } else if (seedDemo) {
      // The demo's practice class follows the calendar: today is always one of its days.
      const { redatePracticeCohort } = await import('../prisma/seed/demo-practice')
      if (await redatePracticeCohort(database.prisma)) log('demo practice class dated around today')
    }
  } finally {
    await database.close()
  }
}

// Rebuild only when something that goes into the build changed since the last one.
const BUILD_INPUTS = ['app', 'components', 'lib', 'generated', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']
function buildFingerprint(): string {
  const hash = createHash('sha256')
  const visit = (p: string) => {
    if (!existsSync(p)) return
    const stat = statSync(p)
    if (stat.isDirectory()) for (const entry of readdirSync(p).sort()) visit(path.join(p, entry))
    else hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`)
  }
  BUILD_INPUTS.forEach(visit)
  // next.config.ts bakes the https-only headers (HSTS) into the build from the public URL.
  hash.update(`NEXTAUTH_URL:${process.env.NEXTAUTH_URL ?? ''}\n`)
  return hash.digest('hex')
}

function buildIfNeeded() {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const stamp = path.join(distDir, 'bimtek-build-fingerprint')
  const fingerprint = buildFingerprint()
  if (existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    log('build up to date')
    return
  }
  log('building the app (first start takes a minute)…')
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) process.exit(result.status ?? 1)
  writeFileSync(stamp, fingerprint)
  log('build done')
}

// The server runs as plain JavaScript: under tsx's loader, which hooks every module Next loads, it
// took a second longer to start than `next start` (decision 014). Bundling it takes ~10 ms.
async function bundleServer(): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = path.join(process.env.NEXT_DIST_DIR || '.next', 'bimtek-serve.mjs')
  await build({ entryPoints: ['scripts/serve.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' })
  return outfile
}

async function main() {
  if (!serveOnly) {
    await prepareDatabase()
    if (!dev) buildIfNeeded()
  }
  // A larger young generation: server rendering allocates many short-lived objects, and fewer
  // scavenges measurably raise throughput (bench/http.ts).
  const nodeOptions = [process.env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' ')
  const env = { ...process.env, DATABASE_URL: url, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions }
  const server = spawn(process.execPath, [await bundleServer(), ...(dev ? ['--dev'] : [])], { stdio: 'inherit', env: { ...env, PORT: port } })
  log(`serving on http://localhost:${port} (${isEmbedded(url) ? 'embedded database' : 'PostgreSQL'})`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((e) => {
  console.error(lastEnginePanic(), e)
  process.exit(1)
})
