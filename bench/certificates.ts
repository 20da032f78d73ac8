// Certificate figures of issue 11, each beside its floor measured in the same run:
//   (1) one signed certificate PDF, in this process (warm): renderCertificatePdf on BENCH_RENDERS
//       different certificates of the world, p50/p95. Target under 50 ms. The floor is the same document
//       without QR code and signature (renderUnsignedCertificatePdf with `qr: false`); between them, the
//       same document with its QR code but unsigned, and the signing alone, show where the time goes.
//   (2) the app (`npm start`) serving the world, signed in as Admin Pusat: the ZIP of a cohort's 300
//       certificates (GET /api/sertifikat/kelas/[cohortId]/zip), the same 300 as a province of a wave
//       (…/gelombang/[waveId]/zip?provinsi=32), and the merged print PDF of the cohort (…/kelas/[cohortId]/cetak).
//       Targets for the ZIP: under 15 s, first bytes within 1 s, the server's resident memory under 300 MB
//       (VmRSS of the server process sampled every 100 ms from /proc, and its VmHWM). Every ZIP is checked
//       with `unzip -t` (each entry's CRC) and must hold 300 PDFs; the print file must have 300 pages (pdfinfo).
// The world (bench/support/certificate-world.ts) is written into a scratch database first: embedded PGlite
// by default, PostgreSQL with BENCH_DATABASE_URL=postgresql://…
//   npm run bench:certificates     results → stdout and bench/results/certificates[-postgresql].md
//   BENCH_APP_NODE_OPTIONS=--max-old-space-size=256 …   the app's Node options (e.g. a heap cap), noted in the results
// lib/server modules load here as in the production server (NODE_ENV=production, React's ordinary
// build, which @react-pdf needs): bench/support/server-runtime.mjs, preloaded by the npm script.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Database } from '../lib/db/client'
import { deployMigrations } from '../lib/db/migrate-engine'
import type { CertificateView } from '../lib/certificates/certificate-view'
import { renderCertificatePdf, renderUnsignedCertificatePdf } from '../lib/server/certificates/certificate-pdf'
import { loadCertificateViews } from '../lib/server/certificates/load-certificate-views'
import { signPdf } from '../lib/server/certificates/sign-pdf'
import { createSelfSignedP12, type SigningKey } from '../lib/server/certificates/signing-key'
import { loadReferenceRegions } from '../prisma/seed/reference'
import { ADMIN_EMAIL, buildCertificateWorld, PASSWORD, ZIP_PROVINCE, ZIP_SIZE } from './support/certificate-world'
import { summarise, type LoadResult } from './support/load'
import { findServerPid, residentMemory, sampleResidentMemory } from './support/server-process'
import { scratchDatabase } from './support/scratch-database'
import { startApp } from './support/server'
import { signInCookie } from './support/sign-in'
import { runBench, saveBenchResults } from './support/results'

// A throwaway database gets throwaway keys (never .data/secrets.json), the signing key included; the app gets the same ones.
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')
if (!process.env.CERTIFICATE_SIGNING_P12) {
  process.env.CERTIFICATE_SIGNING_PASSPHRASE = randomBytes(18).toString('base64url')
  process.env.CERTIFICATE_SIGNING_P12 = createSelfSignedP12(process.env.CERTIFICATE_SIGNING_PASSPHRASE).toString('base64')
}
const signingKey: SigningKey = { p12: Buffer.from(process.env.CERTIFICATE_SIGNING_P12, 'base64'), passphrase: process.env.CERTIFICATE_SIGNING_PASSPHRASE ?? '' }

const RENDERS = Number(process.env.BENCH_RENDERS ?? 200)
const WARMUP = 20
const PORT = Number(process.env.BENCH_PORT ?? 3211)
const ORIGIN = `http://127.0.0.1:${PORT}` // what the app puts in the QR code here (getSiteOrigin without NEXTAUTH_URL)
const onPostgres = !!process.env.BENCH_DATABASE_URL
const APP_NODE_OPTIONS = process.env.BENCH_APP_NODE_OPTIONS
const ms = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en')
const mib = (n: number) => Math.round(n)

// ───────────── (1) one certificate, in this process ─────────────

type Variant = { name: string; run: (view: CertificateView, unsigned: Buffer) => Promise<Buffer> }
const VARIANTS: Variant[] = [
  { name: 'floor: the same document without QR code, unsigned', run: (view) => renderUnsignedCertificatePdf(view, { origin: ORIGIN, qr: false }) },
  { name: 'with its QR code, unsigned', run: (view) => renderUnsignedCertificatePdf(view, { origin: ORIGIN }) },
  { name: 'signing alone (`signPdf` of a rendered certificate)', run: (view, unsigned) => signPdf(unsigned, { signingKey, location: view.issuePlace }) },
  { name: '**one signed certificate** (`renderCertificatePdf`)', run: (view) => renderCertificatePdf(view, { origin: ORIGIN, signingKey }) },
]

/** Each round renders the next certificate in every variant, so all four see the same machine and the same mix of names. */
async function renderFigures(views: CertificateView[]): Promise<{ rows: [string, LoadResult, number][] }> {
  const times = VARIANTS.map(() => [] as number[])
  const bytes = VARIANTS.map(() => 0)
  for (let i = 0; i < WARMUP + RENDERS; i++) {
    const view = views[i % views.length]
    const unsigned = await renderUnsignedCertificatePdf(view, { origin: ORIGIN })
    for (const [v, variant] of VARIANTS.entries()) {
      const t = performance.now()
      const pdf = await variant.run(view, unsigned)
      if (i >= WARMUP) { times[v].push(performance.now() - t); bytes[v] += pdf.length }
    }
    // A turn of the event loop, as the ZIP stream takes between certificates: React's scheduler drops
    // the finished documents' roots only then (a loop without it keeps every document in memory).
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { rows: VARIANTS.map((v, i) => [v.name, summarise(times[i], 0, 1), bytes[i] / RENDERS]) }
}

// ───────────── (2) downloads from the app ─────────────

type Download = { name: string; status: number; headersMs: number; firstByteMs: number; totalMs: number; bytes: number; entries: number; rssBeforeMiB: number; maxRssMiB: number; samples: number; hwmMiB: number; check: string }

/** Reads the whole body as a browser would, timing the headers, the first body bytes and the end, while sampling the server's memory. */
async function download(name: string, url: string, cookie: string, serverPid: number, file: string, count: (file: string) => { entries: number; check: string }): Promise<Download> {
  const rssBeforeMiB = residentMemory(serverPid).rssMiB
  const sampler = sampleResidentMemory(serverPid)
  const started = performance.now()
  let headersMs = NaN
  let firstByteMs = NaN
  let status = 0
  const chunks: Uint8Array[] = []
  let failure: string | null = null
  try {
    const response = await fetch(url, { headers: { cookie } })
    headersMs = performance.now() - started
    status = response.status
    const reader = response.body!.getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started
      chunks.push(r.value)
    }
  } catch (e) {
    failure = `FAILED: ${(e as Error).message} (server gone: ${!existsSync(`/proc/${serverPid}`)})`
  }
  const totalMs = performance.now() - started
  const { maxRssMiB, samples } = sampler.stop()
  const body = Buffer.concat(chunks)
  writeFileSync(file, body)
  const checked = failure ? { entries: 0, check: failure } : status === 200 ? count(file) : { entries: 0, check: `HTTP ${status}: ${body.toString('utf8').slice(0, 200)}` }
  const hwmMiB = existsSync(`/proc/${serverPid}`) ? residentMemory(serverPid).peakMiB : NaN
  return { name, status, headersMs, firstByteMs, totalMs, bytes: body.length, ...checked, rssBeforeMiB, maxRssMiB, samples, hwmMiB }
}

/** `unzip -t` tests every entry's CRC; the names must be 300 PDFs. */
function checkZip(file: string): { entries: number; check: string } {
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')
  const test = execFileSync('unzip', ['-tq', file], { encoding: 'utf8' }).trim()
  const pdfs = names.filter((n) => n.endsWith('.pdf')).length
  const ok = /^No errors detected/.test(test) && pdfs === names.length
  return { entries: names.length, check: ok ? `unzip -t: no errors, ${pdfs} PDFs` : `NOT VALID: ${test.slice(0, 200)}` }
}

function checkPrint(file: string): { entries: number; check: string } {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0)
  return { entries: pages, check: `pdfinfo: ${pages} pages` }
}

// ───────────── the run ─────────────

/** Pages an Admin Pusat opens on a working day, none of which renders a PDF. */
const ORDINARY_PAGES = (world: { cohortId: string; waveId: string }) => [
  '/admin', '/admin/jadwal', '/admin/program', '/admin/peserta', '/admin/pelatih',
  `/admin/kelas/${world.cohortId}`, `/admin/gelombang/${world.waveId}/sertifikat`, '/v',
]

async function main() {
  const scratch = await scratchDatabase('certificates')
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bimtek-bench-certificates-'))
  try {
    const prepared = performance.now()
    const database = openDatabase(scratch.url)
    let world: Awaited<ReturnType<typeof buildCertificateWorld>>
    let views: CertificateView[]
    const g = globalThis as unknown as { __bimtekDatabase?: Database }
    try {
      await deployMigrations(database.migrationFactory())
      await loadReferenceRegions(database.prisma)
      world = await buildCertificateWorld(database)
      // The cohort's certificates as the download routes load them (lib/server/db reaches this database).
      g.__bimtekDatabase = database
      views = await loadCertificateViews({ enrolment: { cohortId: world.cohortId } })
    } finally {
      delete g.__bimtekDatabase
      await database.close()
    }
    console.log(`world of ${world.codes.length} certificates ready in ${Math.round(performance.now() - prepared)} ms on ${scratch.label}`)

    const renders = await renderFigures(views)
    for (const [name, r] of renders.rows) console.log(name, r)

    const app = await startApp({ port: PORT, databaseUrl: scratch.url, env: APP_NODE_OPTIONS ? { NODE_OPTIONS: APP_NODE_OPTIONS } : {} })
    const downloads: Download[] = []
    let startedMiB = NaN
    let pagesMiB = NaN
    let warmMiB = NaN
    try {
      const { baseUrl } = app
      const serverPid = findServerPid(app.pid!)
      startedMiB = residentMemory(serverPid).rssMiB
      const cookie = await signInCookie(baseUrl, 'staf', { email: ADMIN_EMAIL, password: PASSWORD })
      // What the server holds for its ordinary pages alone, before any PDF library is loaded: the
      // baseline that the ZIP's own memory is added to.
      for (const page of ORDINARY_PAGES(world)) {
        const r = await fetch(`${baseUrl}${page}`, { headers: { cookie } })
        if (!r.ok) throw new Error(`${page}: HTTP ${r.status}`)
        await r.text()
      }
      pagesMiB = residentMemory(serverPid).rssMiB
      // Warm the renderer in the server (fonts, signing key, the route's code) with single downloads.
      for (let i = 0; i < 5; i++) {
        const r = await fetch(`${baseUrl}/api/sertifikat/${world.firstCertificateId}`, { headers: { cookie } })
        if (!r.ok) throw new Error(`single download: HTTP ${r.status}`)
        await r.arrayBuffer()
      }
      warmMiB = residentMemory(serverPid).rssMiB
      const targets: [string, string, string, typeof checkZip][] = [
        [`ZIP of a cohort's ${ZIP_SIZE} certificates \`GET /api/sertifikat/kelas/[cohortId]/zip\``, `/api/sertifikat/kelas/${world.cohortId}/zip`, 'kelas.zip', checkZip],
        [`ZIP of a province of a wave, the same ${ZIP_SIZE} \`GET /api/sertifikat/gelombang/[waveId]/zip?provinsi=${ZIP_PROVINCE}\``, `/api/sertifikat/gelombang/${world.waveId}/zip?provinsi=${ZIP_PROVINCE}`, 'provinsi.zip', checkZip],
        [`merged print PDF of the cohort's ${ZIP_SIZE} \`GET /api/sertifikat/kelas/[cohortId]/cetak\``, `/api/sertifikat/kelas/${world.cohortId}/cetak`, 'cetak.pdf', checkPrint],
      ]
      for (const [name, route, file, check] of targets) {
        const d = await download(name, `${baseUrl}${route}`, cookie, serverPid, path.join(workDir, file), check)
        downloads.push(d)
        console.log(d)
        if (!existsSync(`/proc/${serverPid}`)) break
      }
    } finally {
      await app.stop()
    }

    const [floor, , , full] = renders.rows
    const zip = downloads[0]
    const label = `${scratch.label}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.versions.node}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end, ${new Date().toISOString().slice(0, 10)}`
    const table = [
      `Measured on ${label}.`,
      '',
      `(1) One certificate in the bench's own process, warm (${WARMUP} rounds first), ${RENDERS} rounds over ${views.length} different certificates; design with logo and signature images:`,
      '',
      '| render | p50 ms | p95 ms | p99 ms | max ms | size KiB |',
      '|---|---|---|---|---|---|',
      ...renders.rows.map(([name, r, size]) => `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${Math.round(size / 1024)} |`),
      '',
      `Signed certificate / floor: ${(full[1].p50 / floor[1].p50).toFixed(2)}× at p50, ${(full[1].p95 / floor[1].p95).toFixed(2)}× at p95 (target: under 50 ms).`,
      '',
      `(2) Downloads from the app as Admin Pusat, one after another; server memory = VmRSS of the server process (pid from \`npm start\`'s tree), sampled every 100 ms:`,
      '',
      `Server RSS${APP_NODE_OPTIONS ? ` (app started with NODE_OPTIONS=${APP_NODE_OPTIONS})` : ''}: ${mib(startedMiB)} MiB once started (no request yet), ${mib(pagesMiB)} MiB after signing in and opening ${ORDINARY_PAGES(world).length} of Admin Pusat's pages (no PDF yet), ${mib(warmMiB)} MiB after 5 single certificate downloads.`,
      '',
      '| download | HTTP | headers ms | first bytes ms | total s | MiB | entries / pages | server RSS before → peak MiB | added by the download MiB | server VmHWM MiB | check |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...downloads.map((d) => `| ${d.name} | ${d.status} | ${ms(d.headersMs)} | ${ms(d.firstByteMs)} | ${(d.totalMs / 1000).toFixed(2)} | ${(d.bytes / 1048576).toFixed(1)} | ${d.entries} | ${mib(d.rssBeforeMiB)} → ${mib(d.maxRssMiB)} (${d.samples} samples) | +${mib(d.maxRssMiB - d.rssBeforeMiB)} | ${mib(d.hwmMiB)} | ${d.check} |`),
      '',
      `ZIP targets: total under 15 s (${(zip.totalMs / 1000).toFixed(2)} s), first bytes within 1 s (${ms(zip.firstByteMs)} ms), server memory under 300 MB (peak ${mib(zip.maxRssMiB)} MiB). ${(zip.totalMs / ZIP_SIZE).toFixed(1)} ms a certificate.`,
    ].join('\n')
    saveBenchResults(`certificates${onPostgres ? '-postgresql' : ''}${APP_NODE_OPTIONS ? '-node-options' : ''}`, table)
    const allValid = downloads.length === 3 && downloads.every((d) => d.status === 200 && d.entries === ZIP_SIZE && !d.check.startsWith('NOT VALID'))
    if (!allValid) process.exitCode = 1
  } finally {
    rmSync(workDir, { recursive: true, force: true })
    await scratch.drop()
  }
}

runBench(main)
