import 'server-only'
import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { isAppError } from '@/lib/server/errors'
import { getSecrets } from '@/lib/server/secrets'
import { secureCookies } from './cookies'
import { signInParticipant, signInStaff, signInWithLink, type RequestMeta } from './sign-in'

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined

function requestMeta(headers: HeaderBag): RequestMeta {
  const get = (name: string) => {
    if (!headers) return null
    const value = headers instanceof Headers ? headers.get(name) : headers[name]
    return (Array.isArray(value) ? value[0] : value) ?? null
  }
  return { ip: clientIp(get('x-forwarded-for'), get('x-real-ip')), userAgent: get('user-agent') }
}

/** The first address of X-Forwarded-For as set by the load balancer in front of the app. */
export function clientIp(forwardedFor: string | null, realIp: string | null): string | null {
  return forwardedFor?.split(',')[0]?.trim() || realIp || null
}

// authorize() errors reach the client as `error` codes; the sign-in form turns them into Indonesian.
async function authorizeWith(fn: typeof signInStaff, credentials: unknown, headers: HeaderBag) {
  try {
    const actor = await fn(db, credentials, requestMeta(headers))
    return actor ? toSessionUser(actor) : null
  } catch (e) {
    if (isAppError(e, 'RATE_LIMITED')) throw new Error('RateLimited')
    throw e
  }
}

type SessionUser = { id: string; name: string; role: Actor['role']; provinceCode: string | null; trainerId: string | null; participantId: string | null }

const toSessionUser = (actor: Actor): SessionUser => ({
  id: actor.userId, name: actor.name, role: actor.role, provinceCode: actor.provinceCode, trainerId: actor.trainerId, participantId: actor.participantId,
})

const pickSessionFields = ({ role, provinceCode, trainerId, participantId }: SessionUser) => ({ role, provinceCode, trainerId, participantId })

let options: AuthOptions | undefined

/** next-auth configuration. Built lazily so that `next build` needs no secrets or database. */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getSecrets().authSecret,
    session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
    // Secure, __Secure- cookies whenever NEXTAUTH_URL is https (lib/server/auth/cookies.ts).
    useSecureCookies: secureCookies(),
    pages: { signIn: '/masuk', error: '/masuk' },
    providers: [
      CredentialsProvider({
        id: 'staf',
        name: 'Staf',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: (credentials, req) => authorizeWith(signInStaff, credentials, req?.headers),
      }),
      CredentialsProvider({
        id: 'peserta',
        name: 'Peserta',
        credentials: { phone: { type: 'tel' }, accessCode: { type: 'password' } },
        authorize: (credentials, req) => authorizeWith(signInParticipant, credentials, req?.headers),
      }),
      CredentialsProvider({
        id: 'tautan',
        name: 'Tautan masuk peserta',
        credentials: { token: { type: 'text' } },
        authorize: (credentials, req) => authorizeWith(signInWithLink, credentials, req?.headers),
      }),
    ],
    // The session carries role, province and trainer/participant id for the client. The server
    // never trusts them for authorization: it re-reads the user row (lib/server/auth/session.ts),
    // so deactivation and role changes take effect without a new token.
    callbacks: {
      jwt: ({ token, user }) => (user ? { ...token, ...pickSessionFields(user as SessionUser) } : token),
      session: ({ session, token }) => ({ ...session, user: { ...session.user, ...pickSessionFields(token as unknown as SessionUser) } }),
    },
  }
  return options
}
