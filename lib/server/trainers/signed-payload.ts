import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { getSecrets } from '@/lib/server/secrets'

// Data that a page hands to the browser and gets back on the next submit (an import preview, an
// assignment proposal), so that no instance has to remember it. The HMAC (keyed with the auth
// secret) makes it tamper-proof; it is bound to a purpose and a user and expires.
// Compressed, because import previews of 2,000 rows travel through a form field.

type Envelope<T> = { p: string; u: string; exp: number; d: T }

const mac = (body: string) => createHmac('sha256', getSecrets().authSecret).update(`signed-payload:${body}`).digest('base64url')

export function signPayload<T>(purpose: string, userId: string, data: T, ttlMs: number, now = Date.now()): string {
  const envelope: Envelope<T> = { p: purpose, u: userId, exp: now + ttlMs, d: data }
  const body = deflateRawSync(Buffer.from(JSON.stringify(envelope))).toString('base64url')
  return `${body}.${mac(body)}`
}

export type VerifiedPayload<T> = { ok: true; data: T } | { ok: false; reason: 'invalid' | 'expired' }

/** The data, if the token was signed by us for this purpose and user and has not expired. */
export function verifyPayload<T>(purpose: string, userId: string, token: unknown, now = Date.now()): VerifiedPayload<T> {
  if (typeof token !== 'string') return { ok: false, reason: 'invalid' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(mac(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  let envelope: Envelope<T>
  try {
    envelope = JSON.parse(inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (envelope.p !== purpose || envelope.u !== userId) return { ok: false, reason: 'invalid' }
  if (envelope.exp < now) return { ok: false, reason: 'expired' }
  return { ok: true, data: envelope.d }
}
