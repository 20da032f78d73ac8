import 'server-only'
import type { Db } from '@/lib/server/db'

// Fixed-window counters in PostgreSQL, so every app instance behind a load balancer shares them.

export type Limit = { key: string; max: number; windowMs: number }

/** True when the key has used up its window. */
export async function isRateLimited(db: Db, { key, max }: Limit): Promise<boolean> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true, resetAt: true } })
  return !!bucket && bucket.resetAt > new Date() && bucket.count >= max
}

/** Counts one more hit in the key's window (a new window when the last one expired). */
export async function hitRateLimit(db: Db, { key, windowMs }: Limit): Promise<number> {
  const resetAt = new Date(Date.now() + windowMs)
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, count, "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_bucket."resetAt" <= now() THEN 1 ELSE rate_limit_bucket.count + 1 END,
      "resetAt" = CASE WHEN rate_limit_bucket."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE rate_limit_bucket."resetAt" END
    RETURNING count`
  return row.count
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } })
}
