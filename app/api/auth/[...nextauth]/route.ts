import NextAuth from 'next-auth'
import { NextRequest } from 'next/server'
import { getAuthOptions } from '@/lib/server/auth/options'
import { textResponse } from '@/lib/server/http/route-responses'
import { closingConnection, readBodyWithin } from '@/lib/server/uploads/read-limited-body'

type Context = { params: Promise<{ nextauth: string[] }> }

// A sign-in form (CSRF token, e-mail or phone, password or code, callback URL) is well under 8 KB.
// next-auth would read any body whole: the bytes are counted here first, like every other route.
const MAX_BODY_BYTES = 8 * 1024

const handler = (req: NextRequest, ctx: Context) => NextAuth(req, ctx, getAuthOptions())

async function post(req: NextRequest, ctx: Context) {
  const read = await readBodyWithin(req, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? textResponse('Isian masuk terlalu besar.', 413) : textResponse('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  return handler(new NextRequest(req.url, { method: 'POST', headers: req.headers, body: new Uint8Array(read.bytes) }), ctx)
}

export { handler as GET, post as POST }
