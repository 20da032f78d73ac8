import { NextResponse } from 'next/server'
import { db } from '@/lib/server/db'

export const dynamic = 'force-dynamic'

/** Load-balancer health check: is the database reachable? 503 when it is not. */
export async function GET() {
  const started = performance.now()
  try {
    await db.$queryRaw`SELECT 1`
    return NextResponse.json({ status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) })
  } catch {
    return NextResponse.json({ status: 'error', database: 'unreachable' }, { status: 503 })
  }
}
