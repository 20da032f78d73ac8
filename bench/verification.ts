// The public verification page of issue 11: GET /v/[code] p95 under 50 ms at 100 requests a second,
// open loop (request i leaves at i / rate, answered or not), for BENCH_SECONDS (20 by default), each
// request for a random valid certificate of the world (bench/support/certificate-world.ts, ~2,300) and
// from an address of its own: the page counts every lookup against its address (60 in 10 minutes), so
// the app runs behind one "trusted proxy" (TRUSTED_PROXY_HOPS=1) and each request carries a different
// X-Forwarded-For, as many phones scanning certificates would (each lookup writes its address's counter).
// Beside it, in the same run and at the same rate, the floors: the cheapest dynamic route
// (GET /api/auth/session, signed out) and the verification form GET /v (the same layout, no lookup).
// Each row also gives the server's CPU time per request (/proc/<pid>/stat): Node serves on one thread,
// so that figure bounds the rate it can sustain. Then a ramp of the page at lower rates (RAMP), to
// find the rate at which its p95 stays under 50 ms. Then what a phone downloads for the page: the HTML and every script and style sheet it names, with
// the compression the server applies (Accept-Encoding: gzip, br).
// The world is written into a scratch database first: embedded PGlite by default, PostgreSQL with
// BENCH_DATABASE_URL=postgresql://…
//   npm run bench:verify     results → stdout and bench/results/verification[-postgresql].md
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import os from 'node:os'
import { openDatabase } from '../lib/db/client'
import { deployMigrations } from '../lib/db/migrate-engine'
import { loadReferenceRegions } from '../prisma/seed/reference'
import { buildCertificateWorld } from './support/certificate-world'
import { loadTable, runOpenLoop, type LoadResult } from './support/load'
import { scratchDatabase } from './support/scratch-database'
import { startApp } from './support/server'
import { cpuTimeMs, findServerPid } from './support/server-process'
import { runBench, saveBenchResults } from './support/results'

for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

const RATE = Number(process.env.BENCH_RATE ?? 100)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const PORT = Number(process.env.BENCH_PORT ?? 3212)
const TARGET_MS = 50
const RAMP = [25, 50, 75]
const onPostgres = !!process.env.BENCH_DATABASE_URL

/** A new client address for every request of the run: 10.x.y.z from a counter. */
let nextAddress = 1
const newAddress = () => {
  const n = nextAddress++
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}
const fromNewAddress = () => ({ 'x-forwarded-for': newAddress() })

/** Only the page that says the certificate is valid counts (not the rate limit's notice, nor a 404). */
const saysValid = async (r: Response) => r.ok && (await r.text()).includes('Sertifikat SAH')

type Transfer = { url: string; kind: string; encoding: string; wireBytes: number; bytes: number }

/** One GET as a phone's browser sends it, counting the bytes on the wire (fetch would hide the compression). */
function transfer(url: string, kind: string): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip, br', 'x-forwarded-for': newAddress() } }, (res) => {
      let wireBytes = 0
      res.on('data', (chunk: Buffer) => { wireBytes += chunk.length })
      res.on('end', () => resolve({ url, kind, encoding: String(res.headers['content-encoding'] ?? 'none'), wireBytes, bytes: NaN }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** The page's HTML and every script and style sheet it names, compressed as served; `bytes` uncompressed. */
async function pageWeight(baseUrl: string, path: string): Promise<Transfer[]> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: fromNewAddress() })).text()
  const assets = new Map<string, string>()
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) assets.set(m[1], 'script')
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)) assets.set(m[1] ?? m[2], 'style sheet')
  const page = { ...(await transfer(`${baseUrl}${path}`, 'HTML')), bytes: Buffer.byteLength(html) }
  const files = await Promise.all([...assets].map(async ([src, kind]) => {
    const url = new URL(src.replaceAll('&amp;', '&'), baseUrl).toString()
    const [wire, plain] = await Promise.all([transfer(url, kind), fetch(url).then((r) => r.arrayBuffer())])
    return { ...wire, bytes: plain.byteLength }
  }))
  return [page, ...files]
}

async function main() {
  const scratch = await scratchDatabase('verification')
  try {
    const prepared = performance.now()
    const database = openDatabase(scratch.url)
    let codes: string[]
    try {
      await deployMigrations(database.migrationFactory())
      await loadReferenceRegions(database.prisma)
      codes = (await buildCertificateWorld(database)).codes
    } finally {
      await database.close()
    }
    console.log(`world of ${codes.length} certificates ready in ${Math.round(performance.now() - prepared)} ms on ${scratch.label}`)
    const randomCode = () => codes[Math.floor(Math.random() * codes.length)]

    const app = await startApp({ port: PORT, databaseUrl: scratch.url, env: { TRUSTED_PROXY_HOPS: '1' } })
    try {
      const { baseUrl } = app
      const verify = () => fetch(`${baseUrl}/v/${randomCode()}`, { headers: fromNewAddress() })
      const session = () => fetch(`${baseUrl}/api/auth/session`, { headers: fromNewAddress() })
      const form = () => fetch(`${baseUrl}/v`, { headers: fromNewAddress() })
      // The limit really applies per forwarded address: a 61st lookup from one address is refused.
      const one = { 'x-forwarded-for': newAddress() }
      for (let i = 0; i < 60; i++) if (!(await saysValid(await fetch(`${baseUrl}/v/${randomCode()}`, { headers: one })))) throw new Error(`lookup ${i + 1} from one address was refused`)
      if (await saysValid(await fetch(`${baseUrl}/v/${randomCode()}`, { headers: one }))) throw new Error('the 61st lookup from one address was not refused: is TRUSTED_PROXY_HOPS=1 in effect?')
      // Warm the routes (lazy route modules, JIT).
      await runOpenLoop(20, 3, verify, saysValid)
      await runOpenLoop(20, 2, session)
      await runOpenLoop(20, 2, form)

      const serverPid = findServerPid(app.pid!)
      /** The open loop, and the server's CPU time per request meanwhile. */
      const measured = async (rate: number, seconds: number, send: () => Promise<Response>, ok?: (r: Response) => Promise<boolean>) => {
        const cpuBefore = cpuTimeMs(serverPid)
        const result = await runOpenLoop(rate, seconds, send, ok)
        return { ...result, cpuMs: (cpuTimeMs(serverPid) - cpuBefore) / result.requests }
      }
      const floor = await measured(RATE, SECONDS, session)
      console.log('floor: session', floor)
      const formFloor = await measured(RATE, SECONDS, form)
      console.log('floor: form', formFloor)
      const page = await measured(RATE, SECONDS, verify, saysValid)
      console.log('verification page', page)
      const ramp = []
      for (const rate of RAMP) {
        const r = await measured(rate, 10, verify, saysValid)
        console.log(`ramp ${rate}/s`, r)
        ramp.push({ rate, ...r })
      }
      const weight = await pageWeight(baseUrl, `/v/${randomCode()}`)
      console.log(weight)

      const kib = (n: number) => (n / 1024).toFixed(1)
      const sum = (ts: Transfer[], key: 'wireBytes' | 'bytes') => ts.reduce((a, t) => a + t[key], 0)
      const scripts = weight.filter((t) => t.kind === 'script')
      const label = `${scratch.label}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.versions.node}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end, ${new Date().toISOString().slice(0, 10)}`
      const rows: [string, LoadResult & { cpuMs: number }][] = [
        [`floor: \`GET /api/auth/session\` (signed out) at ${RATE}/s`, floor],
        [`floor: the form \`GET /v\` (same layout, no lookup) at ${RATE}/s`, formFloor],
        [`**verification page \`GET /v/[code]\`** at ${RATE}/s, random codes of ${codes.length}`, page],
        ...ramp.map((r): [string, LoadResult & { cpuMs: number }] => [`verification page at ${r.rate}/s (10 s)`, r]),
      ]
      const table = [
        `Measured on ${label}. Open loop for ${SECONDS} s per row from the bench's process; every request from its own X-Forwarded-For (TRUSTED_PROXY_HOPS=1).`,
        '',
        ...loadTable(rows).map((line, i) => `${line} ${i === 0 ? 'server CPU ms/request |' : i === 1 ? '---|' : `${rows[i - 2][1].cpuMs.toFixed(1)} |`}`),
        '',
        `Target p95 under ${TARGET_MS} ms at ${RATE}/s: ${page.p95 < TARGET_MS ? 'met' : 'missed'} (${page.p95} ms; the floors ${floor.p95} and ${formFloor.p95} ms). Highest rate measured with p95 under ${TARGET_MS} ms: ${[...ramp, { ...page, rate: RATE }].filter((r) => r.p95 < TARGET_MS).sort((a, b) => a.rate - b.rate).at(-1)?.rate ?? 'none'}/s.`,
        '',
        'What a phone downloads on its first visit to the page (compressed as served, uncompressed in brackets):',
        '',
        '| file | kind | encoding | KiB transferred | KiB uncompressed |',
        '|---|---|---|---|---|',
        ...weight.map((t) => `| \`${new URL(t.url).pathname}\` | ${t.kind} | ${t.encoding} | ${kib(t.wireBytes)} | ${kib(t.bytes)} |`),
        `| **total** (${scripts.length} scripts) | | | **${kib(sum(weight, 'wireBytes'))}** | ${kib(sum(weight, 'bytes'))} |`,
        `| of which JavaScript | | | ${kib(sum(scripts, 'wireBytes'))} | ${kib(sum(scripts, 'bytes'))} |`,
      ].join('\n')
      saveBenchResults(`verification${onPostgres ? '-postgresql' : ''}`, table)
      if (page.errors || floor.errors || formFloor.errors) process.exitCode = 1
    } finally {
      await app.stop()
    }
  } finally {
    await scratch.drop()
  }
}

runBench(main)
