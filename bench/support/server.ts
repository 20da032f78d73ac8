// Starts the app with `npm start` on a fresh database for a benchmark, or uses BENCH_URL when given.
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'

/** pid: the `npm start` process, leader of the app's process group (none with BENCH_URL). */
export type RunningApp = { baseUrl: string; pid?: number; stop(): Promise<void> }

export async function waitForHealth(baseUrl: string, timeoutMs = 600_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return Date.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${baseUrl} did not become healthy in ${timeoutMs / 1000} s`)
}

/** `databaseUrl`: serve a database the bench prepared (nothing is seeded into it); otherwise a fresh one with the demo data. `env`: more of the app's environment. */
export async function startApp({ port = 3200, cwd = process.cwd(), databaseUrl, env: extraEnv = {} }: { port?: number; cwd?: string; databaseUrl?: string; env?: Record<string, string> } = {}): Promise<RunningApp> {
  if (process.env.BENCH_URL) return { baseUrl: process.env.BENCH_URL, stop: async () => {} }
  const dataDir = `.data/bench-${port}`
  if (!databaseUrl) rmSync(dataDir, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PORT: String(port), DATABASE_URL: databaseUrl ?? process.env.BENCH_DATABASE_URL ?? `pglite:${dataDir}/pglite` }
  if (databaseUrl) env.SEED_DEMO = 'false'
  else if (process.env.BENCH_DATABASE_URL) env.SEED_DEMO = 'true'
  const child: ChildProcess = spawn('npm', ['start'], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealth(baseUrl)
  return {
    baseUrl,
    pid: child.pid,
    stop: async () => {
      try { process.kill(-child.pid!, 'SIGTERM') } catch { /* already gone */ }
      await new Promise((r) => setTimeout(r, 500))
    },
  }
}
