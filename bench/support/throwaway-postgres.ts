// A PostgreSQL server of the benchmark's own that it may stop and start at will: a fresh cluster
// (initdb into a temporary folder, trust auth, a free port from 55432), or — when someone points
// the benchmark at their own server — BENCH_DATABASE_URL with BENCH_PG_RESTART_COMMAND.
// Never the machine's shared server at 127.0.0.1:5432: other people's tests run on it.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type BenchPostgres = {
  /** The server URL (database `postgres`); the benchmark creates its own database on it. */
  serverUrl: string
  label: string
  /** Takes the server away and brings it back; resolves when it accepts connections again. */
  /**
   * downAt: the stop begins; stoppedAt: the server is gone; startingAt: the start begins (it may
   * accept connections before pg_ctl notices); upAt: pg_ctl saw it accept connections.
   */
  restart(pauseMs: number): Promise<{ downAt: number; stoppedAt: number; startingAt: number; upAt: number }>
  dispose(): Promise<void>
}

const BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin'

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port
  throw new Error(`no free port in ${from}–${from + 99}`)
}

function chownTree(dir: string, uid: number, gid: number) {
  chownSync(dir, uid, gid)
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry)
    if (statSync(p).isDirectory()) chownTree(p, uid, gid)
    else chownSync(p, uid, gid)
  }
}

/** A fresh cluster in a temporary folder. PostgreSQL refuses to run as root: then it runs as `postgres`. */
async function ownCluster(): Promise<BenchPostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bimtek-bench-pg-'))
  const dataDir = path.join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
    chownTree(dir, uid, gid)
  }
  const command = (bin: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args]] : [path.join(BIN, bin), args]
  const run = (bin: string, args: string[]) => {
    const result = spawnSync(...command(bin, args), { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  // Asynchronous, so the benchmark's traffic keeps flowing while the server stops and starts.
  const runAsync = (bin: string, args: string[]) => exited(spawn(...command(bin, args), { stdio: 'ignore' }), `${bin} ${args.at(-1)}`)
  const port = await freePort(Number(process.env.BENCH_PG_PORT ?? 55432))
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'])
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=100`
  const startArgs = ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']
  const stopArgs = ['-D', dataDir, '-m', 'fast', '-w', 'stop']
  run('pg_ctl', startArgs)
  const version = await serverVersion(`postgresql://postgres@127.0.0.1:${port}/postgres`)
  return {
    serverUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    label: `a throwaway PostgreSQL ${version} cluster (initdb in ${dir}, port ${port})`,
    async restart(pauseMs) {
      const downAt = Date.now()
      await runAsync('pg_ctl', stopArgs)
      const stoppedAt = Date.now()
      await new Promise((r) => setTimeout(r, pauseMs))
      const startingAt = Date.now()
      await runAsync('pg_ctl', startArgs)
      return { downAt, stoppedAt, startingAt, upAt: Date.now() }
    },
    async dispose() {
      try { run('pg_ctl', stopArgs) } catch { /* already stopped */ }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function exited(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code})`))))
  })
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return ((await client.query('SHOW server_version')).rows[0].server_version as string).split(' ')[0]
  } finally {
    await client.end()
  }
}

/** BENCH_DATABASE_URL + BENCH_PG_RESTART_COMMAND (a shell command that restarts that server), or a cluster of our own. */
export async function benchPostgres(): Promise<BenchPostgres> {
  const serverUrl = process.env.BENCH_DATABASE_URL
  if (!serverUrl) return ownCluster()
  const command = process.env.BENCH_PG_RESTART_COMMAND
  if (!command) throw new Error('BENCH_DATABASE_URL needs BENCH_PG_RESTART_COMMAND (e.g. "pg_ctl -D … restart -m fast"); without both the benchmark starts its own cluster')
  return {
    serverUrl,
    label: `PostgreSQL ${await serverVersion(serverUrl)} at BENCH_DATABASE_URL`,
    async restart() {
      const downAt = Date.now()
      await exited(spawn('sh', ['-c', command], { stdio: 'inherit' }), 'BENCH_PG_RESTART_COMMAND')
      // When the server was actually gone inside the command is unknown: allow it a second either side.
      const upAt = Date.now()
      return { downAt, stoppedAt: downAt + 1000, startingAt: Math.max(downAt + 1000, upAt - 1000), upAt }
    },
    dispose: async () => {},
  }
}
