import { NextResponse, type NextRequest } from 'next/server'
import { sessionCookieNames } from '@/lib/server/auth/cookies'
import { contentSecurityPolicy, createNonce, isHttpsSite, securityHeaders } from '@/lib/security-headers'

// Signed-in areas: signed-out visitors go straight to the sign-in page with a way back. A
// convenience, not a boundary: every page, route handler and action still checks the session itself.
const SIGNED_IN_AREAS = /^\/(?:admin|provinsi|pelatih|peserta)(?:\/|$)|^\/beranda$/
const SESSION_COOKIES = sessionCookieNames()

/**
 * Every page gets a fresh CSP nonce (decision 018): Next reads it from the request's
 * Content-Security-Policy and stamps its own scripts with it. The other security headers are set
 * here too, from the running environment, so a page never depends on what the build saw.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce()
  const https = isHttpsSite()
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https })
  const response = isSignedOutInSignedInArea(request) ? redirectToSignIn(request) : nextWithCsp(request, csp, nonce)
  response.headers.set('Content-Security-Policy', csp)
  for (const { key, value } of securityHeaders({ https })) response.headers.set(key, value)
  return response
}

function isSignedOutInSignedInArea(request: NextRequest): boolean {
  return SIGNED_IN_AREAS.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))
}

function redirectToSignIn(request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = '/masuk'
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`
  return NextResponse.redirect(url)
}

// Next takes the nonce from the request's CSP; x-nonce is for a server component that adds a <Script>.
function nextWithCsp(request: NextRequest, csp: string, nonce: string) {
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  headers.set('x-nonce', nonce)
  return NextResponse.next({ request: { headers } })
}

// Pages only. Route handlers (/api) stay out: the proxy would buffer every upload before the handler
// could refuse it (Next clones a request body for the proxy); they, static files and anything else
// the proxy skips get the same headers, without a nonce, from next.config.ts.
export const config = {
  matcher: ['/((?!api/|_next/static/|_next/image|favicon\\.ico).*)'],
}
