import { NextResponse, type NextRequest } from 'next/server'
import { unavailableResponse } from '@/lib/db/availability'
import { refuseLargeFormPost } from '@/lib/form-post-limit'

// A convenience, not a boundary: signed-out visitors of signed-in areas go straight to the sign-in
// page with a way back. Every page, route handler and action still checks the session itself.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']
const SIGNED_IN_AREAS = /^\/(?:(?:admin|provinsi|pelatih|peserta)(?:\/|$)|beranda$)/

export async function proxy(request: NextRequest) {
  // Form posts to any page (server actions): a body over the limit is refused here, since Next
  // would answer it with a 500 (lib/form-post-limit.ts).
  const refused = refuseLargeFormPost(request)
  if (refused) return refused
  // While this instance's queries find the database away: a clear 503 at once (decision 020).
  const unavailable = await unavailableResponse(request)
  if (unavailable) return unavailable
  if (!SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return NextResponse.next()
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = '/masuk'
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`
  return NextResponse.redirect(url)
}

// Route handlers that read a body (uploads) read it themselves under their own limits
// (lib/server/uploads/read-limited-body.ts): the proxy never runs on an /api/ request with a body,
// since Next reads (and past proxyClientMaxBodySize truncates) a body before it hands the request on
// from the proxy. Bodiless /api/ requests that read the database pass through for the 503 above.
// (Next reads the matcher statically: literals only.)
export const config = {
  matcher: [
    '/admin/:path*', '/provinsi/:path*', '/pelatih/:path*', '/peserta/:path*', '/beranda',
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/api/peserta/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/admin/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
    { source: '/api/kalender/:path*', missing: [{ type: 'header', key: 'content-length' }, { type: 'header', key: 'transfer-encoding' }] },
  ],
}
