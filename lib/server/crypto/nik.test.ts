import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

type NikCrypto = typeof import('./nik')
let crypto: NikCrypto

beforeAll(async () => {
  // The test config normally provides the keys; set them here too so the file also runs alone.
  process.env.AUTH_SECRET ||= randomBytes(32).toString('base64')
  process.env.NIK_ENCRYPTION_KEY ||= randomBytes(32).toString('base64')
  process.env.NIK_HASH_KEY ||= randomBytes(32).toString('base64')
  crypto = await import('./nik')
})

const nik = '3201011708850001'

describe('NIK encryption', () => {
  it('round-trips and never contains the clear NIK', () => {
    const ciphertext = crypto.encryptNik(nik)
    expect(ciphertext).toMatch(/^v1\.[A-Za-z0-9_-]+$/)
    expect(ciphertext).not.toContain(nik)
    expect(crypto.decryptNik(ciphertext)).toBe(nik)
  })

  it('uses a fresh IV each time', () => {
    expect(crypto.encryptNik(nik)).not.toBe(crypto.encryptNik(nik))
  })

  it('detects tampering', () => {
    const ciphertext = crypto.encryptNik(nik)
    const bytes = Buffer.from(ciphertext.slice(3), 'base64url')
    bytes[bytes.length - 1] ^= 1
    expect(() => crypto.decryptNik(`v1.${bytes.toString('base64url')}`)).toThrow()
  })

  it('rejects unknown versions and truncated values', () => {
    const ciphertext = crypto.encryptNik(nik)
    expect(() => crypto.decryptNik(ciphertext.replace(/^v1/, 'v9'))).toThrow()
    expect(() => crypto.decryptNik('v1.AAAA')).toThrow()
    expect(() => crypto.decryptNik('garbage')).toThrow()
  })

  it('refuses to encrypt something that is not a NIK', () => {
    expect(() => crypto.encryptNik('12345')).toThrow()
  })
})

describe('NIK hash and protectNik', () => {
  it('is deterministic, keyed hex and differs between NIKs', () => {
    const hash = crypto.hashNik(nik)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(crypto.hashNik(nik)).toBe(hash)
    expect(crypto.hashNik('3201011708850002')).not.toBe(hash)
  })

  it('returns the three Participant columns', () => {
    const columns = crypto.protectNik(nik)
    expect(columns.nikMasked).toBe('3201********0001')
    expect(columns.nikHash).toBe(crypto.hashNik(nik))
    expect(crypto.decryptNik(columns.nikCiphertext)).toBe(nik)
  })
})

describe('a typed NIK that is not one (import review, issue 12)', () => {
  it('is sealed, opens only as an input, never as a NIK', () => {
    const sealed = crypto.sealNikInput('3204 0512')
    expect(sealed).not.toContain('3204')
    expect(crypto.openNikInput(sealed)).toBe('3204 0512')
    expect(() => crypto.decryptNik(sealed)).toThrow()
    expect(crypto.openNikInput(crypto.encryptNik(nik))).toBeNull()
    expect(crypto.openNikInput('v1.rusak')).toBeNull()
  })
})
