import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { getSecrets } from '@/lib/server/secrets'

// A calendar app cannot sign in, so the feed address itself is the credential (docs/decisions/006):
// base64url(trainer id as 16 bytes ‖ HMAC-SHA256(purpose ‖ trainer id)), 64 characters. The purpose
// prefix keeps this MAC from ever equalling one made with the same secret for something else.
const PURPOSE = 'bimtek-tpbis:calendar-feed:trainer:v1:'
const ID_BYTES = 16
const MAC_BYTES = 32
const TOKEN = /^[A-Za-z0-9_-]{64}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const mac = (trainerId: string, secret: string) => createHmac('sha256', secret).update(PURPOSE + trainerId).digest()

const uuidFromBytes = (bytes: Buffer) => {
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The feed token of a trainer. Stable for as long as the secret is. */
export function createFeedToken(trainerId: string, secret = getSecrets().authSecret): string {
  const id = trainerId.toLowerCase()
  if (!UUID.test(id)) throw new Error('trainerId must be a UUID')
  return Buffer.concat([Buffer.from(id.replaceAll('-', ''), 'hex'), mac(id, secret)]).toString('base64url')
}

/** The trainer id a token was made for, or null for anything forged, altered or malformed. Accepts a trailing ".ics". */
export function verifyFeedToken(token: string, secret = getSecrets().authSecret): string | null {
  const raw = token.endsWith('.ics') ? token.slice(0, -'.ics'.length) : token
  if (!TOKEN.test(raw)) return null
  const bytes = Buffer.from(raw, 'base64url')
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null
  const trainerId = uuidFromBytes(bytes.subarray(0, ID_BYTES))
  // Constant time: the comparison must not tell a forger how many leading bytes were right.
  return timingSafeEqual(bytes.subarray(ID_BYTES), mac(trainerId, secret)) ? trainerId : null
}

/** Where the feed lives, relative to the site. */
export const feedPath = (trainerId: string) => `/api/kalender/pelatih/${createFeedToken(trainerId)}.ics`
