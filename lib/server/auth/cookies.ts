import 'server-only'
import { isHttpsSite } from '@/lib/security-headers'

// next-auth's session cookie, named and flagged the way next-auth names it for `useSecureCookies`.
// options.ts, session.ts and proxy.ts all take it from here, so what next-auth sets is what they read.
const SECURE_NAME = '__Secure-next-auth.session-token'
const PLAIN_NAME = 'next-auth.session-token'

type Env = Record<string, string | undefined>

/**
 * next-auth's `useSecureCookies`: on whenever the public URL (NEXTAUTH_URL) is https, so the cookie
 * is Secure and __Secure- even when a proxy in front forgets X-Forwarded-Proto; off on an http URL.
 * Without NEXTAUTH_URL (a local install) next-auth decides per request, as before.
 */
export function secureCookies(env: Env = process.env): boolean | undefined {
  if (!env.NEXTAUTH_URL?.trim()) return undefined
  return isHttpsSite(env)
}

/**
 * The session cookie names to read. With NEXTAUTH_URL set, only the one next-auth writes: on https a
 * plain-named cookie planted over http (cookie tossing) must never count as a session.
 */
export function sessionCookieNames(env: Env = process.env): string[] {
  const secure = secureCookies(env)
  if (secure === undefined) return [SECURE_NAME, PLAIN_NAME]
  return [secure ? SECURE_NAME : PLAIN_NAME]
}
