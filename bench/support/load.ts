// A bounded closed-loop load: `connections` concurrent clients, each sending `requestsPerConnection`
// requests back to back. Returns latency percentiles in milliseconds.

export type LoadResult = { requests: number; errors: number; p50: number; p95: number; p99: number; max: number; perSecond: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export async function runLoad(url: string, { cookie, connections = 20, requestsPerConnection = 25 }: { cookie?: string; connections?: number; requestsPerConnection?: number }): Promise<LoadResult> {
  const headers = cookie ? { cookie } : undefined
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = 0; i < requestsPerConnection; i++) {
        const t = performance.now()
        const response = await fetch(url, { headers, redirect: 'manual' })
        await response.arrayBuffer()
        latencies.push(performance.now() - t)
        if (response.status !== 200) errors++
      }
    }),
  )
  return summarise(latencies, errors, (performance.now() - started) / 1000)
}

/** Percentiles of the latencies (ms) and the rate achieved over `seconds`. */
export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    requests: sorted.length, errors,
    p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)!), perSecond: Math.round(sorted.length / seconds),
  }
}

/**
 * An open-loop load: request i is sent at start + i / rate whether or not earlier ones have been
 * answered, as many independent people would (a closed loop slows down with the server and hides
 * queueing). `send` makes request i; a response that is not `ok(response)` counts as an error.
 */
export async function runOpenLoop(rate: number, seconds: number, send: (i: number) => Promise<Response>, ok: (r: Response) => Promise<boolean> = async (r) => r.ok): Promise<LoadResult> {
  const total = Math.round(rate * seconds)
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const inFlight: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    inFlight.push((async () => {
      const t = performance.now()
      try {
        const response = await send(i)
        const good = await ok(response)
        latencies.push(performance.now() - t)
        if (!good) errors++
      } catch {
        latencies.push(performance.now() - t)
        errors++
      }
    })())
  }
  await Promise.all(inFlight)
  return summarise(latencies, errors, (performance.now() - started) / 1000)
}

/** The results as the markdown table docs/performance.md uses. */
export function loadTable(rows: [string, LoadResult][]): string[] {
  return [
    '| page | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(([name, r]) => `| ${name} | ${r.requests} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.perSecond} |`),
  ]
}
