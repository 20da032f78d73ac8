import 'server-only'
import { cache } from 'react'
import { cookies, headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { decode } from 'next-auth/jwt'
import type { Actor } from '@/lib/auth/actor'
import { hasPermission, type Permission } from '@/lib/auth/permissions'
import { cachedRead } from '@/lib/server/cache/read-cache'
import { db } from '@/lib/server/db'
import { requestClientAddress } from '@/lib/server/client-address'
import { getSecrets } from '@/lib/server/secrets'
import { sessionCookieNames } from './cookies'

// Decoding next-auth's session cookie here is what getServerSession does, without building a whole
// internal auth request on every page. Its name follows NEXTAUTH_URL (lib/server/auth/cookies.ts).
const SESSION_COOKIES = sessionCookieNames()
const USER_TTL_MS = 10_000

type SessionToken = { sub?: unknown; sv?: unknown; exp?: unknown }

async function sessionToken(): Promise<SessionToken | null> {
  const jar = await cookies()
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean)
  if (!raw) return null
  // Decrypting the JWE (with its HKDF key derivation) is the costliest step of a light page: the
  // result is kept as long as the user row, and an expired token is never honoured.
  const token = await cachedRead(`jwt:${raw}`, () => decode({ token: raw, secret: getSecrets().authSecret }).catch(() => null), USER_TTL_MS)
  if (!token || (typeof token.exp === 'number' && token.exp * 1000 <= Date.now())) return null
  return token
}

/**
 * The active user a decoded session token still stands for, or null: unknown, deactivated, or its
 * sessions ended since the token was issued (the version differs; tokens from before versions
 * existed carry none and are refused). The row is re-read at most every 10 s per instance; the
 * instance that ends a session forgets its copy at once (lib/server/auth/end-sessions.ts).
 */
export async function sessionUser(token: SessionToken | null) {
  if (!token || typeof token.sub !== 'string' || typeof token.sv !== 'number') return null
  const userId = token.sub
  const user = await cachedRead(`user:${userId}`, () =>
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, active: true, sessionVersion: true },
    }), USER_TTL_MS)
  return user?.active && user.sessionVersion === token.sv ? user : null
}

/**
 * The signed-in, active user of this request, or null. Read once per request; the user row is
 * re-read at most every 10 s, so deactivating a user or changing a role takes effect within that.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await sessionUser(await sessionToken())
  if (!user) return null
  const h = await headers()
  return {
    userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode,
    trainerId: user.trainerId, participantId: user.participantId,
    ip: requestClientAddress(h), userAgent: h.get('user-agent'),
  }
})

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/masuk')
  return actor
}

/** For pages and route handlers: the actor holding exactly this permission, or the 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor()
  if (!hasPermission(actor.role, permission)) forbidden()
  return actor
}
