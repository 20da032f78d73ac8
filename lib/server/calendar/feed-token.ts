import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { getSecrets } from '@/lib/server/secrets'

// A calendar app cannot sign in, so the feed address itself is the credential (docs/decisions/006):
// base64url(trainer id as 16 bytes ‖ HMAC-SHA256(purpose ‖ trainer id ‖ version)), 64 characters. The
// purpose prefix keeps this MAC from ever equalling one made with the same secret for something else;
// the trainer's calendarFeedVersion lets them void an address that leaked. Version 0 MACs the id alone,
// as every address did before versions existed, so those subscriptions keep working.
const PURPOSE = 'bimtek-tpbis:calendar-feed:trainer:v1:'
const ID_BYTES = 16
const MAC_BYTES = 32
const TOKEN = /^[A-Za-z0-9_-]{64}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const mac = (trainerId: string, version: number, secret: string) =>
  createHmac('sha256', secret).update(PURPOSE + trainerId + (version === 0 ? '' : `:${version}`)).digest()

const uuidFromBytes = (bytes: Buffer) => {
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The feed token of a trainer at a feed version. Stable until the version or the secret changes. */
export function createFeedToken(trainerId: string, version: number, secret = getSecrets().authSecret): string {
  const id = trainerId.toLowerCase()
  if (!UUID.test(id)) throw new Error('trainerId must be a UUID')
  return Buffer.concat([Buffer.from(id.replaceAll('-', ''), 'hex'), mac(id, version, secret)]).toString('base64url')
}

export type FeedTokenClaim = { trainerId: string; mac: Buffer }

/**
 * The trainer a token claims to be for, or null for anything malformed. Accepts a trailing ".ics".
 * Not yet proof: the MAC is checked against the trainer's current version with feedTokenMatches.
 */
export function readFeedToken(token: string): FeedTokenClaim | null {
  const raw = token.endsWith('.ics') ? token.slice(0, -'.ics'.length) : token
  if (!TOKEN.test(raw)) return null
  const bytes = Buffer.from(raw, 'base64url')
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null
  return { trainerId: uuidFromBytes(bytes.subarray(0, ID_BYTES)), mac: bytes.subarray(ID_BYTES) }
}

/** True when the claim was made with the secret for this version of the trainer's feed. */
export function feedTokenMatches(claim: FeedTokenClaim, version: number, secret = getSecrets().authSecret): boolean {
  // Constant time: the comparison must not tell a forger how many leading bytes were right.
  return timingSafeEqual(claim.mac, mac(claim.trainerId, version, secret))
}

/** Where the feed lives, relative to the site. */
export const feedPath = (trainerId: string, version: number) => `/api/kalender/pelatih/${createFeedToken(trainerId, version)}.ics`
