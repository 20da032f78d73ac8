import 'server-only'
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { getSecrets } from '@/lib/server/secrets'

// The signed sign-in link an officer shares by WhatsApp or prints as a QR code on the participant
// card: /masuk/tautan/<token>. The token is derived, not stored (any instance can check it):
//   user id (16 bytes) ‖ expiry (uint32, seconds) ‖ code stamp (6 bytes) ‖ HMAC-SHA256 truncated to 16 bytes
// 42 bytes = 56 URL-safe characters, short enough for a small QR code. The code stamp is taken from
// the user's current access-code hash, so resetting the code also revokes every link shared before.

const PURPOSE = 'participant-sign-in-link'
export const SIGN_IN_LINK_DAYS = 90

const stampOf = (accessCodeHash: string) => createHash('sha256').update(accessCodeHash).digest().subarray(0, 6)
const macOf = (body: Buffer) => createHmac('sha256', getSecrets().authSecret).update(PURPOSE).update(body).digest().subarray(0, 16)
const uuidToBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex')
const bytesToUuid = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

export function createSignInToken(user: { id: string; accessCodeHash: string }, now = Date.now()): string {
  const body = Buffer.alloc(26)
  uuidToBytes(user.id).copy(body, 0)
  body.writeUInt32BE(Math.floor(now / 1000) + SIGN_IN_LINK_DAYS * 86_400, 16)
  stampOf(user.accessCodeHash).copy(body, 20)
  return Buffer.concat([body, macOf(body)]).toString('base64url')
}

export type SignInTokenClaim = { userId: string; expiresAt: Date; stamp: Buffer }

/** Whether `token` has the shape of a sign-in token (says nothing about its signature). */
export const isSignInTokenShape = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{56}$/.test(token)

/** The claim of a token we signed, or null (forged, altered, malformed or expired). */
export function readSignInToken(token: unknown, now = Date.now()): SignInTokenClaim | null {
  if (!isSignInTokenShape(token)) return null
  const raw = Buffer.from(token, 'base64url')
  if (raw.length !== 42) return null
  const body = raw.subarray(0, 26)
  if (!timingSafeEqual(macOf(body), raw.subarray(26))) return null
  const expiresAt = new Date(body.readUInt32BE(16) * 1000)
  if (expiresAt.getTime() <= now) return null
  return { userId: bytesToUuid(body.subarray(0, 16)), expiresAt, stamp: body.subarray(20, 26) }
}

/** Whether the claim was made for the user's current access code (not revoked by a reset). */
export const matchesCurrentCode = (claim: SignInTokenClaim, accessCodeHash: string | null | undefined) =>
  !!accessCodeHash && timingSafeEqual(claim.stamp, stampOf(accessCodeHash))
