import { NextResponse, type NextRequest } from 'next/server'

// A convenience, not a boundary: signed-out visitors of signed-in areas go straight to the sign-in
// page with a way back. Every page, route handler and action still checks the session itself.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = '/masuk'
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`
  return NextResponse.redirect(url)
}

export const config = { matcher: ['/admin/:path*', '/provinsi/:path*', '/pelatih/:path*', '/peserta/:path*', '/beranda'] }
