import 'server-only'
import type { Role } from '@/generated/prisma/enums'
import { invalidateCachedReads } from '@/lib/server/cache/read-cache'
import type { Db, Tx } from '@/lib/server/db'

// Sessions are JWTs carrying the user's `sessionVersion` at sign-in (decision 015). Raising the
// version ends every session issued before: getActor refuses a token whose version differs.
// Required on sign-out, a new access code or password, deactivation and a role change.

/** Spread into a user update that must end the user's earlier sessions. */
export const END_SESSIONS = { sessionVersion: { increment: 1 } } as const

/**
 * After the change committed: this instance stops honouring its cached user rows at once. Other
 * instances follow within their cache's TTL (10 s, lib/server/auth/session.ts).
 */
export function forgetSessionUsers(userIds: readonly string[]): void {
  for (const id of userIds) invalidateCachedReads(`user:${id}`)
}

/** Ends every session of these users (inside the caller's transaction when there is one). */
export async function endSessions(tx: Db | Tx, userIds: readonly string[]): Promise<void> {
  if (!userIds.length) return
  await tx.user.updateMany({ where: { id: { in: [...userIds] } }, data: END_SESSIONS })
  forgetSessionUsers(userIds)
}

export type AccountChange = { role?: Role; active?: boolean; passwordHash?: string | null }

/**
 * The one way to change who a user is allowed to be: role, active flag or password. It ends the
 * user's earlier sessions in the same write. Nothing in the app edits these yet (only the seed);
 * a future user-management or password-change feature must go through here. Call
 * forgetSessionUsers([userId]) after the transaction commits.
 */
export async function updateUserAccount(tx: Db | Tx, userId: string, change: AccountChange): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { ...change, ...END_SESSIONS }, select: { id: true } })
}

/** Sign-out: ends the user's sessions, unless the token signing out was already ended (no effect then). */
export async function endSessionsOnSignOut(tx: Db | Tx, userId: string, tokenVersion: number): Promise<void> {
  await tx.user.updateMany({ where: { id: userId, sessionVersion: tokenVersion }, data: END_SESSIONS })
  forgetSessionUsers([userId])
}
