import 'server-only'
import { createHmac } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { auditRow, writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { clearRateLimits, consumeRateLimits, refundRateLimits, type Limit } from '@/lib/server/rate-limit'
import { normalizePhone } from '@/lib/phone'
import { getSecrets } from '@/lib/server/secrets'
import { normalizeAccessCode } from '@/lib/server/participant-access/access-code'
import { matchesCurrentCode, readSignInToken } from '@/lib/server/participant-access/sign-in-link'
import { verifySecret } from './password'

const FIFTEEN_MINUTES = 15 * 60 * 1000
const ONE_DAY = 24 * 60 * 60 * 1000
// Every attempt is counted before any secret is checked (decision 014):
// - per account and address: a handful of guesses, then 15 minutes' pause;
// - per account from anywhere: ten attempts a day free, then a delay that doubles from 1 s up to
//   15 minutes between attempts, so a stranger's five tries never lock the owner out but guessing
//   from many addresses slows down exponentially;
// - per address: more, since a whole training hall may share one.
// Keys name the account by a keyed digest, so the bucket table holds no e-mail or phone number.
const accountDigest = (account: string) => createHmac('sha256', getSecrets().authSecret).update(`sign-in-account:${account}`).digest('base64url').slice(0, 32)
/** The key of an account's sign-in bucket (normalised e-mail, E.164 phone, or `link:<userId>`). */
export const signInAccountKey = (account: string) => `sign-in:account:${accountDigest(account)}`
const pairLimit = (account: string, ip: string | null): Limit => ({ key: `sign-in:pair:${accountDigest(account)}:${ip ?? 'unknown'}`, max: 5, windowMs: FIFTEEN_MINUTES })
const accountLimit = (account: string): Limit => ({
  key: signInAccountKey(account), max: 100_000, windowMs: ONE_DAY, backoff: { free: 10, baseMs: 1_000, maxMs: FIFTEEN_MINUTES },
})
const addressLimit = (ip: string): Limit => ({ key: `sign-in:ip:${ip}`, max: 50, windowMs: FIFTEEN_MINUTES })

export type RequestMeta = { ip: string | null; userAgent: string | null }

const staffInput = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) })
const participantInput = z.object({ phone: z.string().trim().min(6).max(30), accessCode: z.string().trim().min(4).max(64) })

const actorSelect = { id: true, name: true, role: true, provinceCode: true, trainerId: true, participantId: true, active: true, sessionVersion: true } as const

/** The signed-in actor and the session version its token must carry (decision 015). */
export type SignedIn = Actor & { sessionVersion: number }

/** Staff (Admin Pusat, Operator Provinsi, Pelatih Ahli): e-mail and password. Returns null on bad credentials. */
export async function signInStaff(db: Db, raw: unknown, meta: RequestMeta): Promise<SignedIn | null> {
  const input = staffInput.safeParse(raw)
  if (!input.success) return null
  return signIn(db, input.data.email, meta, async () => {
    const user = await db.user.findUnique({ where: { email: input.data.email }, select: { ...actorSelect, passwordHash: true } })
    const ok = await verifySecret(user?.passwordHash, input.data.password)
    return ok && user?.role !== 'PESERTA' ? user : null
  })
}

/** Participants: phone number and personal access code (no e-mail needed). Returns null on bad credentials. */
export async function signInParticipant(db: Db, raw: unknown, meta: RequestMeta): Promise<SignedIn | null> {
  const input = participantInput.safeParse(raw)
  if (!input.success) return null
  const phone = normalizePhone(input.data.phone)
  if (!phone.ok) return null
  // Access codes are shown grouped ("K7QM-4RTX"); accept them typed in any case, with or without the dash.
  const accessCode = normalizeAccessCode(input.data.accessCode)
  return signIn(db, phone.phone, meta, async () => {
    const user = await db.user.findUnique({ where: { phone: phone.phone }, select: { ...actorSelect, accessCodeHash: true } })
    // Codes hashed before normalisation kept their dash ("TPBIS-2024"): still accepted as typed in upper
    // case. Both checks run whatever the first says and whether or not the phone is known, so the
    // time taken depends only on what was typed.
    const legacy = input.data.accessCode.toUpperCase()
    const checks = [verifySecret(user?.accessCodeHash, accessCode), ...(legacy !== accessCode ? [verifySecret(user?.accessCodeHash, legacy)] : [])]
    const ok = (await Promise.all(checks)).some(Boolean)
    return ok && user?.role === 'PESERTA' ? user : null
  })
}

/** Participants: the signed link from their card's QR code or the officer's WhatsApp message. */
export async function signInWithLink(db: Db, raw: unknown, meta: RequestMeta): Promise<SignedIn | null> {
  const token = (raw as { token?: unknown } | null)?.token
  const claim = readSignInToken(token)
  // A forged or expired token names no account: it counts against the address (see signIn).
  return signIn(db, claim ? `link:${claim.userId}` : null, meta, async () => {
    if (!claim) return null
    const user = await db.user.findUnique({ where: { id: claim.userId }, select: { ...actorSelect, accessCodeHash: true } })
    return user?.role === 'PESERTA' && matchesCurrentCode(claim, user.accessCodeHash) ? user : null
  })
}

type CheckedUser = { id: string; name: string; role: Actor['role']; provinceCode: string | null; trainerId: string | null; participantId: string | null; active: boolean; sessionVersion: number }

async function signIn(db: Db, identifier: string | null, meta: RequestMeta, check: () => Promise<CheckedUser | null>): Promise<SignedIn | null> {
  // Forged link tokens count as one pseudo-account per address: five tries, then 15 minutes' pause.
  const pair = pairLimit(identifier ?? 'link:invalid', meta.ip)
  const shared = [...(identifier ? [accountLimit(identifier)] : []), ...(meta.ip ? [addressLimit(meta.ip)] : [])]
  const decision = await consumeRateLimits(db, [pair, ...shared])
  if (!decision.allowed) {
    throw new AppError('RATE_LIMITED', 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti, paling lama 15 menit lagi.')
  }
  const user = await check()
  if (!user || !user.active) {
    // No actor yet, but the address and browser of the attempt are what an officer looking at failures needs.
    await db.auditLog.create({
      data: {
        ...auditRow(null, { action: 'sign-in-failed', entity: 'User', entityId: user?.id, after: { identifier: maskIdentifier(identifier ?? 'link:invalid') } }),
        ip: meta.ip, userAgent: meta.userAgent?.slice(0, 500) ?? null,
      },
    })
    return null
  }
  const actor: Actor = {
    userId: user.id, name: user.name, role: user.role, provinceCode: user.provinceCode,
    trainerId: user.trainerId, participantId: user.participantId, ...meta,
  }
  // The owner is back: this address's guesses for the account are forgotten, and a success never
  // uses up the account's or the address's allowance (a hall of participants signs in from one).
  // The account's delay stays: other addresses' failures say nothing about this success.
  await clearRateLimits(db, [pair.key])
  await refundRateLimits(db, shared.map((l) => l.key))
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })
    await writeAuditLog(tx, actor, { action: 'sign-in', entity: 'User', entityId: user.id })
  })
  return { ...actor, sessionVersion: user.sessionVersion }
}

// Failed attempts name the account tried without storing a full phone number or address.
function maskIdentifier(identifier: string): string {
  if (identifier.includes('@')) return identifier.replace(/^(.).*(@.*)$/, '$1***$2')
  return identifier.slice(0, 5) + '*****' + identifier.slice(-3)
}
