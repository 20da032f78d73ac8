// Dashboard latency under 20 concurrent connections from this (second) process, beside the landing
// page (no database, no session; rendered per request for its CSP nonce, decision 018) as the floor. Starts `npm start` on a fresh embedded database with the demo data
// (or uses BENCH_URL; BENCH_DATABASE_URL=postgresql://… to run the app on PostgreSQL).
//   npm run bench:http            results → stdout and bench/results/http.md
import { cpus } from 'node:os'
import { DEMO_ACCOUNTS } from '../prisma/seed/demo-accounts'
import { loadTable, runLoad, type LoadResult } from './support/load'
import { startApp } from './support/server'
import { signInCookie } from './support/sign-in'
import { runBench, saveBenchResults } from './support/results'

const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const requestsPerConnection = Number(process.env.BENCH_REQUESTS ?? 25)

async function main() {
  const app = await startApp()
  try {
    const { baseUrl } = app
    const staff = (account: { email: string; password: string }) => signInCookie(baseUrl, 'staf', { email: account.email, password: account.password })
    const targets: { name: string; path: string; cookie?: string }[] = [
      { name: 'landing page (floor)', path: '/' },
      { name: 'sign-in page (dynamic, no data)', path: '/masuk' },
      { name: 'Admin Pusat dashboard', path: '/admin', cookie: await staff(DEMO_ACCOUNTS.adminPusat) },
      { name: 'Operator Provinsi dashboard', path: '/provinsi', cookie: await staff(DEMO_ACCOUNTS.operatorJabar) },
      { name: 'Pelatih Ahli dashboard', path: '/pelatih', cookie: await staff(DEMO_ACCOUNTS.pelatih) },
      { name: 'Peserta dashboard', path: '/peserta', cookie: await signInCookie(baseUrl, 'peserta', { phone: DEMO_ACCOUNTS.peserta.phone, accessCode: DEMO_ACCOUNTS.peserta.accessCode }) },
    ]
    // Warm every page first (JIT, lazily loaded route modules, caches), then measure each in turn.
    for (const target of targets) await runLoad(baseUrl + target.path, { cookie: target.cookie, connections, requestsPerConnection: 5 })
    const rows: [string, LoadResult][] = []
    for (const target of targets) {
      const result = await runLoad(baseUrl + target.path, { cookie: target.cookie, connections, requestsPerConnection })
      rows.push([`${target.name} \`${target.path}\``, result])
      console.log(target.name, result)
    }
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, ${connections} concurrent connections × ${requestsPerConnection} requests.`,
      '',
      ...loadTable(rows),
    ].join('\n')
    saveBenchResults(`http${process.env.BENCH_DATABASE_URL ? '-postgresql' : ''}`, table)
    if (rows.some(([, r]) => r.errors)) process.exitCode = 1
  } finally {
    await app.stop()
  }
}

runBench(main)
