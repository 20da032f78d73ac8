import 'server-only'
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { maskNik } from '@/lib/nik'
import { getSecrets } from '@/lib/server/secrets'

// NIK is personal data (UU PDP 27/2022). Stored as AES-256-GCM ciphertext, with a keyed hash
// (HMAC-SHA256) for uniqueness and look-ups, and a masked copy for display.
// Ciphertext format: "v1." + base64url(iv[12] | tag[16] | ciphertext). The version prefix lets a
// later key or algorithm change coexist with old rows.

const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
const AAD = Buffer.from('bimtek:nik:v1') // binds a ciphertext to its purpose

export type ProtectedNik = { nikCiphertext: string; nikHash: string; nikMasked: string }

function assertNikShape(nik: string) {
  if (!/^\d{16}$/.test(nik)) throw new Error('NIK must be 16 digits (validate it with parseNik first)')
}

function seal(text: string, aad: Buffer): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', getSecrets().nikEncryptionKey, iv).setAAD(aad)
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`
}

function open(value: string, aad: Buffer): string {
  const [version, payload] = value.split('.')
  if (version !== VERSION || !payload) throw new Error('Unsupported NIK ciphertext format')
  const bytes = Buffer.from(payload, 'base64url')
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new Error('NIK ciphertext is too short')
  const decipher = createDecipheriv('aes-256-gcm', getSecrets().nikEncryptionKey, bytes.subarray(0, IV_BYTES))
    .setAAD(aad)
    .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
}

export function encryptNik(nik: string): string {
  assertNikShape(nik)
  return seal(nik, AAD)
}

/** Throws when the value is not ours, was altered, or was encrypted with another key. */
export function decryptNik(value: string): string {
  return open(value, AAD)
}

// A NIK cell of an import that is not a valid NIK (too short, letters, digits lost to Excel): the
// preview shows it as typed so the officer can fix it (issue 12), and it may well be a real NIK with
// a typo, so it is kept sealed like one, under its own purpose (a sealed input never opens as a NIK).
const INPUT_AAD = Buffer.from('bimtek:nik-input:v1')

export const sealNikInput = (typed: string): string => seal(typed, INPUT_AAD)

/** The typed text, or null when the value cannot be opened (another key, altered). */
export function openNikInput(value: string): string | null {
  try {
    return open(value, INPUT_AAD)
  } catch {
    return null
  }
}

/** Deterministic, so equal NIKs collide on the unique column; keyed, so it cannot be brute-forced without the key. */
export function hashNik(nik: string): string {
  assertNikShape(nik)
  return createHmac('sha256', getSecrets().nikHashKey).update(nik).digest('hex')
}

/** The three Participant columns for a validated NIK. */
export function protectNik(nik: string): ProtectedNik {
  return { nikCiphertext: encryptNik(nik), nikHash: hashNik(nik), nikMasked: maskNik(nik) }
}
