import { NextResponse } from 'next/server'
import { withTimeout } from '@/lib/db/availability'
import { db } from '@/lib/server/db'

export const dynamic = 'force-dynamic'

// A load balancer gives up on a check after a few seconds: answer 503 before it does, rather than
// wait for a pooled connection or a server that does not answer.
const HEALTH_TIMEOUT_MS = 2000

/** Load-balancer health check: is the database reachable? 503 when it is not, within HEALTH_TIMEOUT_MS. */
export async function GET() {
  const started = performance.now()
  try {
    await withTimeout(db.$queryRaw`SELECT 1`, HEALTH_TIMEOUT_MS)
    return NextResponse.json({ status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) })
  } catch {
    return NextResponse.json({ status: 'error', database: 'unreachable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
