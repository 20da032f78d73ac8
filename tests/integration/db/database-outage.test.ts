// The database going away under a running instance (issue 9, point 12; decision 020): the health
// check answers 503 quickly whatever the server does, connections the server drops are replaced
// without a crash, and while queries find the database away the proxy answers a 503 page at once.
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { GET as health } from '@/app/api/health/route'
import { isDatabaseMarkedDown, unavailableResponse } from '@/lib/db/availability'
import { openDatabase, type Database } from '@/lib/db/client'
import { getDatabase } from '@/lib/server/db'
import { describeDatabaseKind } from '@/tests/support/database'

const g = globalThis as unknown as { __bimtekDatabase?: Database }
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** Makes `database` the app's database for this test. */
function install(database: Database) {
  const previous = g.__bimtekDatabase
  g.__bimtekDatabase = database
  cleanups.push(() => { g.__bimtekDatabase = previous })
}

/** A TCP server that accepts connections and never says a word (a hung or half-gone database). */
async function silentServer(): Promise<number> {
  const sockets: net.Socket[] = []
  const server = net.createServer((socket) => { sockets.push(socket) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => { sockets.forEach((s) => s.destroy()); server.close(() => resolve()) }))
  return (server.address() as net.AddressInfo).port
}

/** A port nothing listens on: connections are refused, as while PostgreSQL is stopped. */
async function refusingPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe.runIf(describeDatabaseKind() === 'postgresql')('a database that goes away', () => {
  it('health answers 503 within 3 s when the server accepts connections but never answers', async () => {
    const port = await silentServer()
    const database = openDatabase(`postgresql://postgres@127.0.0.1:${port}/bimtek`)
    install(database)
    // Closing waits for connection attempts in flight; never let a hung one hold the suite.
    cleanups.push(async () => { await Promise.race([database.close().catch(() => {}), new Promise((r) => setTimeout(r, 2000))]) })
    const started = performance.now()
    const response = await health()
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'error', database: 'unreachable' })
    expect(performance.now() - started).toBeLessThan(3000)
  }, 20_000)

  it('replaces connections the server terminated, without a crash, and marks the database away meanwhile', async () => {
    const applicationName = `bimtek-outage-${process.pid}-${Date.now()}`
    const url = new URL(getDatabase().url)
    url.searchParams.set('application_name', applicationName)
    const database = openDatabase(url.toString(), { poolSize: 3 })
    cleanups.push(() => database.close())
    // Three idle pooled connections, then the server ends them (as a restart does).
    await Promise.all([1, 2, 3].map(() => database.prisma.$queryRaw`SELECT pg_sleep(0.05)::text`))
    // Only this test's connections: chosen first (a WHERE clause may run the function on any row),
    // then ended; the server is shared with other tests.
    const terminated = await getDatabase().prisma.$queryRaw<{ ended: boolean }[]>`
      WITH mine AS MATERIALIZED (
        SELECT pid FROM pg_stat_activity
        WHERE application_name = ${applicationName} AND datname = current_database() AND pid <> pg_backend_pid()
      )
      SELECT pg_terminate_backend(pid) AS ended FROM mine`
    expect(terminated.length).toBeGreaterThan(0)
    await expect.poll(isDatabaseMarkedDown, { timeout: 2000 }).toBe(true)
    // The next queries get fresh connections: the instance recovers by itself.
    const rows = await Promise.all([1, 2, 3].map(() => database.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`))
    expect(rows.map((r) => r[0].one)).toEqual([1, 1, 1])
    expect(isDatabaseMarkedDown()).toBe(false)
  })

  it('answers pages with a 503 "layanan sedang terganggu" while the database refuses, and lets them through once it is back', async () => {
    const refused = openDatabase(`postgresql://postgres@127.0.0.1:${await refusingPort()}/bimtek`)
    cleanups.push(() => refused.close().catch(() => {}))
    const working = getDatabase()
    install(refused)
    await expect(refused.prisma.$queryRaw`SELECT 1`).rejects.toThrow()
    expect(isDatabaseMarkedDown()).toBe(true)

    const page = await unavailableResponse(new Request('http://localhost/provinsi/peserta'))
    expect(page?.status).toBe(503)
    expect(page?.headers.get('retry-after')).toBe('5')
    expect(await page?.text()).toContain('Layanan sedang terganggu')
    const api = await unavailableResponse(new Request('http://localhost/provinsi', { headers: { accept: 'application/json' } }))
    expect(api?.status).toBe(503)
    expect((await api?.json()).message).toMatch(/^Layanan sedang terganggu/)

    // The database is back: the next probe (at most one a second) finds it and lets requests through.
    g.__bimtekDatabase = working
    await new Promise((r) => setTimeout(r, 1100))
    expect(await unavailableResponse(new Request('http://localhost/provinsi'))).toBeNull()
    expect(isDatabaseMarkedDown()).toBe(false)
  })
})
