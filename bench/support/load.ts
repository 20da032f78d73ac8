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
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    requests: latencies.length, errors,
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1)!), perSecond: Math.round(latencies.length / seconds),
  }
}

/** The results as the markdown table docs/performance.md uses. */
export function loadTable(rows: [string, LoadResult][]): string[] {
  return [
    '| page | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(([name, r]) => `| ${name} | ${r.requests} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.perSecond} |`),
  ]
}
