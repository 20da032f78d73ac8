// Fresh clone to first page served: clones the committed HEAD into a temporary folder, runs
// `npm ci` (npm's download cache is whatever this machine has) and `npm start` on the embedded
// database, and times each phase until `/` and `/api/health` answer.
//   npx tsx bench/first-start.ts      results → stdout and bench/results/first-start.md
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { waitForHealth } from './support/server'
import { runBench, saveBenchResults } from './support/results'

const port = Number(process.env.BENCH_PORT ?? 3300)
const seconds = (ms: number) => (ms / 1000).toFixed(1)

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bimtek-first-start-'))
  const phases: [string, number][] = []
  const time = (name: string, fn: () => void) => {
    const t = Date.now()
    fn()
    phases.push([name, Date.now() - t])
  }
  try {
    time('git clone', () => spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${process.cwd()}`, dir], { stdio: 'inherit' }))
    time('npm ci', () => {
      const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })
      if (r.status !== 0) throw new Error('npm ci failed')
    })
    const started = Date.now()
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: '' } // '' → the embedded default
    const child = spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
    try {
      await waitForHealth(`http://127.0.0.1:${port}`)
      const page = await fetch(`http://127.0.0.1:${port}/`)
      if (!page.ok) throw new Error(`/ answered ${page.status}`)
      phases.push(['npm start → first page (migrate, seed, build, serve)', Date.now() - started])
    } finally {
      try { process.kill(-child.pid!, 'SIGTERM') } catch { /* gone */ }
    }
    const total = phases.reduce((s, [, ms]) => s + ms, 0)
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)}; npm's package cache warm (as on a machine that installed once).`,
      '',
      '| phase | seconds |',
      '|---|---|',
      ...phases.map(([name, ms]) => `| ${name} | ${seconds(ms)} |`),
      `| **fresh clone to first page** | **${seconds(total)}** |`,
    ].join('\n')
    saveBenchResults('first-start', table)
  } finally {
    await new Promise((r) => setTimeout(r, 1000))
    rmSync(dir, { recursive: true, force: true })
  }
}

runBench(main)
