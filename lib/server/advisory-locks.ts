import 'server-only'
import type { Tx } from '@/lib/server/db'

/**
 * Transaction-scoped advisory locks on string keys: every writer touching one of these keys waits
 * until the transaction ends. Keys are taken in one global (sorted) order so callers never deadlock,
 * in one statement (a volatile function in the select list runs after the ORDER BY, so still in order).
 */
export async function lockKeys(tx: Tx, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort()
  if (sorted.length === 0) return
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k.id)) FROM unnest(${sorted}::text[]) WITH ORDINALITY AS k(id, n) ORDER BY k.n`
}
