import 'server-only'
import { cache } from 'react'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { getServerSession } from 'next-auth'
import type { Actor } from '@/lib/auth/actor'
import { hasPermission, type Permission } from '@/lib/auth/permissions'
import { db } from '@/lib/server/db'
import { clientIp, getAuthOptions } from './options'

/** The signed-in, active user of this request, or null. Read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string } | null
  if (!session?.userId) return null
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, active: true },
  })
  if (!user?.active) return null
  const h = await headers()
  return {
    userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode,
    trainerId: user.trainerId, participantId: user.participantId,
    ip: clientIp(h.get('x-forwarded-for'), h.get('x-real-ip')), userAgent: h.get('user-agent'),
  }
})

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/masuk')
  return actor
}

/** For pages and route handlers: the actor holding exactly this permission, or the 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor()
  if (!hasPermission(actor.role, permission)) forbidden()
  return actor
}
