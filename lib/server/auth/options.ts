import 'server-only'
import type { AuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import type { Actor } from '@/lib/auth/actor'
import { redirectTarget } from '@/lib/auth/safe-redirect'
import { db } from '@/lib/server/db'
import { requestClientAddress } from '@/lib/server/client-address'
import { isAppError } from '@/lib/server/errors'
import { getSecrets } from '@/lib/server/secrets'
import { secureCookies } from './cookies'
import { endSessionsOnSignOut } from './end-sessions'
import { sessionUser } from './session'
import { signInParticipant, signInStaff, signInWithLink, type RequestMeta, type SignedIn } from './sign-in'

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined

function requestMeta(headers: HeaderBag): RequestMeta {
  const userAgent = headers instanceof Headers ? headers.get('user-agent') : headers?.['user-agent']
  return { ip: requestClientAddress(headers), userAgent: (Array.isArray(userAgent) ? userAgent[0] : userAgent) ?? null }
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

type SessionUser = { id: string; name: string; role: Actor['role']; provinceCode: string | null; trainerId: string | null; participantId: string | null; sessionVersion: number }

const toSessionUser = (actor: SignedIn): SessionUser => ({
  id: actor.userId, name: actor.name, role: actor.role, provinceCode: actor.provinceCode, trainerId: actor.trainerId, participantId: actor.participantId,
  sessionVersion: actor.sessionVersion,
})

const pickSessionFields = ({ role, provinceCode, trainerId, participantId }: SessionUser) => ({ role, provinceCode, trainerId, participantId })

class SessionEndedError extends Error {
  constructor() {
    super('session ended')
  }
}

let options: AuthOptions | undefined

/** next-auth configuration. Built lazily so that `next build` needs no secrets or database. */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getSecrets().authSecret,
    session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
    // Secure, __Secure- cookies whenever NEXTAUTH_URL is https (lib/server/auth/cookies.ts).
    useSecureCookies: secureCookies(),
    pages: { signIn: '/masuk', error: '/masuk' },
    // An ended session is expected, not an error worth a log line; anything else is logged as before.
    logger: {
      error: (code, metadata) => {
        if (code === 'JWT_SESSION_ERROR' && (metadata as { error?: unknown } | undefined)?.error instanceof SessionEndedError) return
        if (code === 'JWT_SESSION_ERROR' && metadata instanceof SessionEndedError) return
        console.error(`[next-auth][error][${code}]`, metadata)
      },
    },
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
    // Signing out ends every session of the user, not only this browser's cookie: a copied or
    // stolen token stops working too (decision 015).
    events: {
      signOut: async ({ token }) => {
        if (typeof token?.sub === 'string' && typeof token.sv === 'number') await endSessionsOnSignOut(db, token.sub, token.sv)
      },
    },
    callbacks: {
      // `sv`: the user's session version at sign-in; raising it on the user row ends this session.
      // On every later read (GET /api/auth/session), an ended session is refused like in getActor:
      // throwing makes next-auth clear the cookie instead of renewing the token.
      jwt: async ({ token, user }) => {
        if (user) return { ...token, ...pickSessionFields(user as SessionUser), sv: (user as SessionUser).sessionVersion }
        if (!(await sessionUser(token))) throw new SessionEndedError()
        return token
      },
      // next-auth's own check accepts any URL starting with '/', so `/\evil.example` would pass.
      redirect: ({ url, baseUrl }) => redirectTarget(url, baseUrl),
      session: ({ session, token }) => ({ ...session, user: { ...session.user, ...pickSessionFields(token as unknown as SessionUser) } }),
    },
  }
  return options
}
