// The app server's process, read from /proc (Linux): its resident memory and CPU time. The process
// that runs Next's handler (scripts/serve.ts, bundled as bimtek-serve.mjs) is a grandchild of the
// `npm start` a bench spawns.
import { readdirSync, readFileSync } from 'node:fs'

const parentOf = (pid: number): number | null => {
  try {
    // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

/** Every living descendant of `root`. */
function descendants(root: number): number[] {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)
  const children = new Map<number, number[]>()
  for (const pid of pids) {
    const parent = parentOf(pid)
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  const found: number[] = []
  const visit = (pid: number) => { for (const child of children.get(pid) ?? []) { found.push(child); visit(child) } }
  visit(root)
  return found
}

/** The pid of the app's HTTP server under the `npm start` process `npmPid`. */
export function findServerPid(npmPid: number): number {
  const server = descendants(npmPid).filter((pid) => {
    try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('bimtek-serve') } catch { return false }
  })
  if (server.length !== 1) throw new Error(`expected one app server process under ${npmPid}, found ${server.length}`)
  return server[0]
}

/** User + system CPU time the process has used, in ms (clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** VmRSS (now) and VmHWM (the peak since the process started) in MiB. */
export function residentMemory(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 }
}

/** Samples VmRSS every `everyMs` until stopped; returns the highest sample and the count. */
export function sampleResidentMemory(pid: number, everyMs = 100): { stop(): { maxRssMiB: number; samples: number } } {
  let maxRssMiB = residentMemory(pid).rssMiB
  let samples = 1
  // A server that died (out of memory, say) ends the sampling; the download then fails on its own.
  const sample = () => {
    try {
      maxRssMiB = Math.max(maxRssMiB, residentMemory(pid).rssMiB)
      samples++
    } catch {
      clearInterval(timer)
    }
  }
  const timer = setInterval(sample, everyMs)
  return {
    stop() {
      clearInterval(timer)
      sample()
      return { maxRssMiB, samples }
    },
  }
}
