import 'server-only'
import { LRUCache } from 'lru-cache'
import type { Actor } from '@/lib/auth/actor'

// Short-lived, per-instance caches of derived reads (dashboard figures, the signed-in user row).
// Nothing here is shared state: every entry can be recomputed from PostgreSQL at any time, and its
// TTL bounds how stale another instance's copy can be. Concurrent misses of one key share a single
// computation, so a burst of requests after expiry runs the queries once.

// Bumped by every invalidation. lru-cache rejects the readers of a load in flight when its key is
// deleted or cleared ("deleted"): a write while a dashboard loaded answered that dashboard with a 500.
let generation = 0

type Entry = { value: unknown }
type Reads = LRUCache<string, Entry, () => Promise<unknown>>
// One cache per process, not per bundle: Next loads route handlers and pages as separate module
// graphs, and a sign-out in /api/auth must be able to forget the user row the pages cached.
const GLOBAL_KEY = Symbol.for('bimtek.read-cache')
const reads: Reads = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as Reads | undefined) ?? new LRUCache<string, Entry, () => Promise<unknown>>({
  max: 5_000,
  ttl: 30_000,
  fetchMethod: async (_key, _stale, { context }) => {
    const startedIn = generation
    const value = await context()
    // A write invalidated the cache while this loaded (a prefix delete does not see loads in
    // flight): the value may predate the write, so load once more rather than keep it.
    return { value: generation === startedIn ? value : await context() }
  },
})
;(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = reads

/** The cache key of everything an actor's scope decides: two actors with equal keys see the same rows. */
export const scopeKey = (actor: Actor) => `${actor.role}:${actor.provinceCode ?? ''}:${actor.trainerId ?? ''}:${actor.participantId ?? ''}`

export async function cachedRead<T>(key: string, load: () => Promise<T>, ttlMs = 30_000): Promise<T> {
  const startedIn = generation
  try {
    const entry = await reads.fetch(key, { context: load, ttl: ttlMs })
    return entry!.value as T
  } catch (e) {
    // Invalidated under us: read again, after the write (uncached, the invalidation stands).
    if (generation !== startedIn) return load()
    throw e
  }
}

/** After a mutation: this instance shows the change at once (others within their TTL). */
export function invalidateCachedReads(prefix?: string): void {
  generation++
  if (!prefix) return reads.clear()
  for (const key of reads.keys()) if (key.startsWith(prefix)) reads.delete(key)
}
