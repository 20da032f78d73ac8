import { NextResponse, type NextRequest } from 'next/server'
import { unavailableResponse } from '@/lib/db/availability'
import { refuseLargeFormPost } from '@/lib/form-post-limit'
import { sessionCookieNames } from '@/lib/server/auth/cookies'
import { contentSecurityPolicy, createNonce, isHttpsSite, securityHeaders } from '@/lib/security-headers'

// Signed-in areas: signed-out visitors go straight to the sign-in page with a way back. A
// convenience, not a boundary: every page, route handler and action still checks the session itself.
const SIGNED_IN_AREAS = /^\/(?:admin|provinsi|pelatih|peserta)(?:\/|$)|^\/beranda$/
const SESSION_COOKIES = sessionCookieNames()

/**
 * In order: form posts over the limit are refused (Next would answer them with a 500,
 * lib/form-post-limit.ts); while this instance finds the database away, a clear 503 (decision 020);
 * then every page gets a fresh CSP nonce (decision 018): Next reads it from the request's
 * Content-Security-Policy and stamps its own scripts with it. The other security headers are set
 * here too, from the running environment, so a page never depends on what the build saw.
 */
export async function proxy(request: NextRequest) {
  const https = isHttpsSite()
  const early = refuseLargeFormPost(request) ?? (await unavailableResponse(request))
  if (early || request.nextUrl.pathname.startsWith('/api/')) {
    // /api/ requests reach the proxy only for the 503; next.config.ts gives them their headers.
    const response = early ?? NextResponse.next()
    for (const { key, value } of securityHeaders({ https })) response.headers.set(key, value)
    return response
  }
  const nonce = createNonce()
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
  // A participant's page (a check-in QR code, for one) opens the sign-in form on the participant's tab.
  const role = request.nextUrl.pathname.startsWith('/peserta') ? '&peran=peserta' : ''
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}${role}`
  return NextResponse.redirect(url)
}

// Next takes the nonce from the request's CSP; x-nonce is for a server component that adds a <Script>.
function nextWithCsp(request: NextRequest, csp: string, nonce: string) {
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', csp)
  headers.set('x-nonce', nonce)
  return NextResponse.next({ request: { headers } })
}

// Every page (and every form post to one). Route handlers under /api/ read their own bodies under
// their own limits (lib/server/uploads/read-limited-body.ts), so the proxy never runs on an /api/
// request with a body: Next reads (and past proxyClientMaxBodySize truncates) a body before it hands
// the request on from the proxy. Bodiless /api/ requests that read the database pass through for the
// 503. Static files get their headers from next.config.ts. (Next reads the matcher statically: literals only.)
export const config = {
  matcher: [
    '/((?!api/|_next/static/|_next/image|favicon\\.ico).*)',
    { source: '/api/peserta/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/admin/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/kalender/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/pelatih/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/sertifikat/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/presensi/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
  ],
}
