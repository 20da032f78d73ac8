import 'server-only'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isEmbedded, resolveDatabaseUrl } from '@/lib/db/client'

export type Secrets = {
  /** Signs session tokens (next-auth) and other signed links. */
  authSecret: string
  /** 32-byte AES-256-GCM key for NIK ciphertexts. */
  nikEncryptionKey: Buffer
  /** HMAC key for the NIK uniqueness hash. */
  nikHashKey: Buffer
}

const SECRETS_FILE = path.resolve('.data/secrets.json')
let cached: Secrets | undefined

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64')
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`)
  return key
}

// On the embedded database (a single-machine install) missing secrets are generated once and kept
// beside the data, so `npm start` needs no configuration. On PostgreSQL every instance must share
// them, so they must come from the environment.
function readOrCreateLocalSecrets(): Record<string, string> {
  if (existsSync(SECRETS_FILE)) return JSON.parse(readFileSync(SECRETS_FILE, 'utf8'))
  const created = {
    AUTH_SECRET: randomBytes(32).toString('base64'),
    NIK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    NIK_HASH_KEY: randomBytes(32).toString('base64'),
  }
  mkdirSync(path.dirname(SECRETS_FILE), { recursive: true })
  writeFileSync(SECRETS_FILE, JSON.stringify(created, null, 2), { mode: 0o600 })
  return created
}

export function getSecrets(): Secrets {
  if (cached) return cached
  const names = ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY'] as const
  let values: Record<string, string | undefined> = Object.fromEntries(names.map((n) => [n, process.env[n]]))
  const missing = names.filter((n) => !values[n])
  if (missing.length) {
    if (!isEmbedded(resolveDatabaseUrl())) throw new Error(`Missing environment variables: ${missing.join(', ')}`)
    values = { ...readOrCreateLocalSecrets(), ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)) }
  }
  cached = {
    authSecret: values.AUTH_SECRET!,
    nikEncryptionKey: decodeKey('NIK_ENCRYPTION_KEY', values.NIK_ENCRYPTION_KEY!),
    nikHashKey: decodeKey('NIK_HASH_KEY', values.NIK_HASH_KEY!),
  }
  return cached
}
