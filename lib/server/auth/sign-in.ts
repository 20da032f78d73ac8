import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { clearRateLimit, hitRateLimit, isRateLimited, type Limit } from '@/lib/server/rate-limit'
import { normalizePhone } from '@/lib/phone'
import { normalizeAccessCode } from '@/lib/server/participant-access/access-code'
import { matchesCurrentCode, readSignInToken } from '@/lib/server/participant-access/sign-in-link'
import { verifySecret } from './password'

const FIFTEEN_MINUTES = 15 * 60 * 1000
// Per account: a handful of guesses. Per address: more, since a whole training hall may share one.
const accountLimit = (id: string): Limit => ({ key: `sign-in:account:${id}`, max: 5, windowMs: FIFTEEN_MINUTES })
const addressLimit = (ip: string): Limit => ({ key: `sign-in:ip:${ip}`, max: 50, windowMs: FIFTEEN_MINUTES })

export type RequestMeta = { ip: string | null; userAgent: string | null }

const staffInput = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) })
const participantInput = z.object({ phone: z.string().trim().min(6).max(30), accessCode: z.string().trim().min(4).max(64) })

const actorSelect = { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, active: true } as const

/** Staff (Admin Pusat, Operator Provinsi, Pelatih Ahli): e-mail and password. Returns null on bad credentials. */
export async function signInStaff(db: Db, raw: unknown, meta: RequestMeta): Promise<Actor | null> {
  const input = staffInput.safeParse(raw)
  if (!input.success) return null
  return signIn(db, input.data.email, meta, async () => {
    const user = await db.user.findUnique({ where: { email: input.data.email }, select: { ...actorSelect, passwordHash: true } })
    const ok = await verifySecret(user?.passwordHash, input.data.password)
    return ok && user?.role !== 'PESERTA' ? user : null
  })
}

/** Participants: phone number and personal access code (no e-mail needed). Returns null on bad credentials. */
export async function signInParticipant(db: Db, raw: unknown, meta: RequestMeta): Promise<Actor | null> {
  const input = participantInput.safeParse(raw)
  if (!input.success) return null
  const phone = normalizePhone(input.data.phone)
  if (!phone.ok) return null
  // Access codes are shown grouped ("K7QM-4RTX"); accept them typed in any case, with or without the dash.
  const accessCode = normalizeAccessCode(input.data.accessCode)
  return signIn(db, phone.phone, meta, async () => {
    const user = await db.user.findUnique({ where: { phone: phone.phone }, select: { ...actorSelect, accessCodeHash: true } })
    // Codes hashed before normalisation kept their dash ("TPBIS-2024"): still accepted as typed in upper case.
    const ok = (await verifySecret(user?.accessCodeHash, accessCode)) || (await verifySecret(user?.accessCodeHash, input.data.accessCode.toUpperCase()))
    return ok && user?.role === 'PESERTA' ? user : null
  })
}

/** Participants: the signed link from their card's QR code or the officer's WhatsApp message. */
export async function signInWithLink(db: Db, raw: unknown, meta: RequestMeta): Promise<Actor | null> {
  const token = (raw as { token?: unknown } | null)?.token
  const claim = readSignInToken(token)
  // A forged or expired token names no account: it counts against the client's address only.
  return signIn(db, claim ? `link:${claim.userId}` : `link:invalid:${meta.ip ?? 'unknown'}`, meta, async () => {
    if (!claim) return null
    const user = await db.user.findUnique({ where: { id: claim.userId }, select: { ...actorSelect, accessCodeHash: true } })
    return user?.role === 'PESERTA' && matchesCurrentCode(claim, user.accessCodeHash) ? user : null
  })
}

type CheckedUser = { id: string; name: string; role: Actor['role']; provinceCode: string | null; trainerId: string | null; participantId: string | null; active: boolean }

async function signIn(db: Db, identifier: string, meta: RequestMeta, check: () => Promise<CheckedUser | null>): Promise<Actor | null> {
  const limits = [accountLimit(identifier), ...(meta.ip ? [addressLimit(meta.ip)] : [])]
  for (const limit of limits) {
    if (await isRateLimited(db, limit)) {
      throw new AppError('RATE_LIMITED', 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.')
    }
  }
  const user = await check()
  if (!user || !user.active) {
    for (const limit of limits) await hitRateLimit(db, limit)
    await db.$transaction((tx) =>
      writeAuditLog(tx, null, { action: 'sign-in-failed', entity: 'User', entityId: user?.id, after: { identifier: maskIdentifier(identifier) } }),
    )
    return null
  }
  const actor: Actor = {
    userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode,
    trainerId: user.trainerId, participantId: user.participantId, ...meta,
  }
  await clearRateLimit(db, accountLimit(identifier).key)
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })
    await writeAuditLog(tx, actor, { action: 'sign-in', entity: 'User', entityId: user.id })
  })
  return actor
}

// Failed attempts name the account tried without storing a full phone number or address.
function maskIdentifier(identifier: string): string {
  if (identifier.includes('@')) return identifier.replace(/^(.).*(@.*)$/, '$1***$2')
  return identifier.slice(0, 5) + '*****' + identifier.slice(-3)
}
