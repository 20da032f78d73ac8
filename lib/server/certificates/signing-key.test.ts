import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import forge from 'node-forge'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The signing key is configured like the other secrets: from the environment, generated once into
// .data on the embedded database, and a clear error on PostgreSQL without it.

let dir: string
const cwd = process.cwd()

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'signing-key-'))
  vi.resetModules()
})
afterEach(() => {
  process.chdir(cwd)
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

async function load() {
  process.chdir(dir)
  return import('./signing-key')
}

describe('getSigningKey', () => {
  it('takes CERTIFICATE_SIGNING_P12 and _PASSPHRASE from the environment', async () => {
    vi.stubEnv('CERTIFICATE_SIGNING_P12', Buffer.from('p12-bytes').toString('base64'))
    vi.stubEnv('CERTIFICATE_SIGNING_PASSPHRASE', 'kata-sandi')
    vi.stubEnv('DATABASE_URL', 'postgresql://x@127.0.0.1/x')
    const { getSigningKey } = await load()
    expect(getSigningKey()).toEqual({ p12: Buffer.from('p12-bytes'), passphrase: 'kata-sandi' })
  })

  it('on PostgreSQL without them: a clear error naming the variables', async () => {
    vi.stubEnv('CERTIFICATE_SIGNING_P12', '')
    vi.stubEnv('DATABASE_URL', 'postgresql://x@127.0.0.1/x')
    const { getSigningKey } = await load()
    expect(() => getSigningKey()).toThrow(/CERTIFICATE_SIGNING_P12, CERTIFICATE_SIGNING_PASSPHRASE/)
  })

  it('on the embedded database: a self-signed pair generated once into .data, readable only by the owner', async () => {
    vi.stubEnv('CERTIFICATE_SIGNING_P12', '')
    vi.stubEnv('DATABASE_URL', '')
    const first = (await load()).getSigningKey()
    const p12File = path.join(dir, '.data/certificate-signing.p12')
    const passFile = path.join(dir, '.data/certificate-signing.passphrase')
    expect(statSync(p12File).mode & 0o777).toBe(0o600)
    expect(statSync(passFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(passFile, 'utf8')).toBe(first.passphrase)

    vi.resetModules()
    const second = (await load()).getSigningKey()
    expect(second.p12.equals(first.p12)).toBe(true)

    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(first.p12.toString('binary')), false, first.passphrase)
    const cert = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]![0].cert!
    expect(cert.subject.getField('CN').value).toBe('Bimtek TPBIS (Perpustakaan Nasional RI)')
    expect(cert.validity.notAfter.getTime() - Date.now()).toBeGreaterThan(9 * 365 * 86_400_000)
  })
})
