import { NextResponse, type NextRequest } from 'next/server'
import { unavailableResponse } from '@/lib/db/availability'

// A convenience, not a boundary: signed-out visitors of signed-in areas go straight to the sign-in
// page with a way back. Every page, route handler and action still checks the session itself.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

export async function proxy(request: NextRequest) {
  // While this instance's queries find the database away: a clear 503 at once (decision 020).
  const unavailable = await unavailableResponse(request)
  if (unavailable) return unavailable
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = '/masuk'
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`
  return NextResponse.redirect(url)
}

// The API routes that read the database pass through only for the 503 above (they answer for themselves otherwise).
export const config = {
  matcher: ['/admin/:path*', '/provinsi/:path*', '/pelatih/:path*', '/peserta/:path*', '/beranda', '/api/peserta/:path*', '/api/admin/:path*', '/api/kalender/:path*'],
}
