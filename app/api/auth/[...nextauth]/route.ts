import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { getAuthOptions } from '@/lib/server/auth/options'

type Context = { params: Promise<{ nextauth: string[] }> }

const handler = (req: NextRequest, ctx: Context) => NextAuth(req, ctx, getAuthOptions())

export { handler as GET, handler as POST }
