import 'server-only'
import { cache } from 'react'
import { cookies, headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { decode } from 'next-auth/jwt'
import type { Actor } from '@/lib/auth/actor'
import { hasPermission, type Permission } from '@/lib/auth/permissions'
import { cachedRead } from '@/lib/server/cache/read-cache'
import { db } from '@/lib/server/db'
import { getSecrets } from '@/lib/server/secrets'
import { sessionCookieNames } from './cookies'
import { clientIp } from './options'

// Decoding next-auth's session cookie here is what getServerSession does, without building a whole
// internal auth request on every page. Its name follows NEXTAUTH_URL (lib/server/auth/cookies.ts).
const SESSION_COOKIES = sessionCookieNames()
const USER_TTL_MS = 10_000

async function sessionUserId(): Promise<string | null> {
  const jar = await cookies()
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean)
  if (!raw) return null
  // Decrypting the JWE (with its HKDF key derivation) is the costliest step of a light page: the
  // result is kept as long as the user row, and an expired token is never honoured.
  const token = await cachedRead(`jwt:${raw}`, () => decode({ token: raw, secret: getSecrets().authSecret }).catch(() => null), USER_TTL_MS)
  if (!token?.sub || (typeof token.exp === 'number' && token.exp * 1000 <= Date.now())) return null
  return token.sub
}

/**
 * The signed-in, active user of this request, or null. Read once per request; the user row is
 * re-read at most every 10 s, so deactivating a user or changing a role takes effect within that.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const userId = await sessionUserId()
  if (!userId) return null
  const user = await cachedRead(`user:${userId}`, () =>
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, active: true },
    }), USER_TTL_MS)
  if (!user?.active) return null
  const h = await headers()
  return {
    userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode,
    trainerId: user.trainerId, participantId: user.participantId,
    ip: clientIp(h.get('x-forwarded-for'), h.get('x-real-ip')), userAgent: h.get('user-agent'),
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
