import 'server-only'
import type { Db, Tx } from '@/lib/server/db'

// Rate limits shared by every app instance: counters in PostgreSQL (`rate_limit_bucket`), counted
// and decided by one call of the SQL function `rate_limit_consume` (see its migration), which locks
// the limits' rows in key order. Use it for anything an outsider can repeat to guess a secret or
// wear a resource down (sign-in, attendance check-in codes, certificate verification):
//
//   const decision = await consumeRateLimits(db, [perPair, perAccount, perAddress])
//   if (!decision.allowed) throw …            // BEFORE any secret is looked at
//   const ok = await verify(…)
//   if (ok) await refundRateLimits(db, [perAccount.key, perAddress.key])   // successes cost nothing
//
// Every attempt counts before it is evaluated, so N parallel requests can never all be evaluated:
// at most `max` of them get through. A refused attempt counts nowhere (all or nothing).

export type Limit = {
  /** What is counted, e.g. `sign-in:account:<id>`. Keys are shared by every instance. */
  key: string
  /** Attempts allowed per window. */
  max: number
  windowMs: number
  /**
   * A growing delay instead of (or before) a hard stop: after `free` attempts in the window, each
   * further attempt must wait `baseMs`·2^k after the previous one, at most `maxMs`.
   */
  backoff?: { free: number; baseMs: number; maxMs: number }
}

export type RateDecision = { allowed: true } | { allowed: false; key: string; retryAfterMs: number }

/** Counts one attempt against every limit, or refuses it (counting it nowhere) when any is used up. */
export async function consumeRateLimits(db: Db | Tx, limits: readonly Limit[]): Promise<RateDecision> {
  if (!limits.length) return { allowed: true }
  const payload = JSON.stringify(limits.map(({ key, max, windowMs, backoff }) => ({
    key, max, windowMs, free: backoff?.free ?? 0, baseMs: backoff?.baseMs ?? 0, maxMs: backoff?.maxMs ?? 0,
  })))
  const [row] = await db.$queryRaw<{ allowed: boolean; blocked_key: string | null; retry_after_ms: bigint | number }[]>`
    SELECT allowed, blocked_key, retry_after_ms FROM rate_limit_consume(${payload}::jsonb)`
  return row.allowed ? { allowed: true } : { allowed: false, key: row.blocked_key!, retryAfterMs: Number(row.retry_after_ms) }
}

/** Gives back one counted attempt (it turned out legitimate), within the window it was counted in. */
export async function refundRateLimits(db: Db | Tx, keys: readonly string[]): Promise<void> {
  if (!keys.length) return
  await db.rateLimitBucket.updateMany({ where: { key: { in: [...keys] }, count: { gt: 0 }, resetAt: { gt: new Date() } }, data: { count: { decrement: 1 } } })
}

/** Forgets the keys' counts and delays altogether. */
export async function clearRateLimits(db: Db | Tx, keys: readonly string[]): Promise<void> {
  if (!keys.length) return
  await db.rateLimitBucket.deleteMany({ where: { key: { in: [...keys] } } })
}
