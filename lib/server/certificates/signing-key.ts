import 'server-only'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import forge from 'node-forge'
import { isEmbedded, resolveDatabaseUrl } from '@/lib/db/client'

// The key and certificate that sign certificate PDFs (PAdES), configured like the other secrets:
// CERTIFICATE_SIGNING_P12 (a base64 PKCS#12 file) and CERTIFICATE_SIGNING_PASSPHRASE. On the embedded
// database a self-signed pair is generated once into .data; on PostgreSQL both must be set.

export type SigningKey = { p12: Buffer; passphrase: string }

export const SIGNING_SUBJECT = 'Bimtek TPBIS (Perpustakaan Nasional RI)'
const P12_FILE = path.resolve('.data/certificate-signing.p12')
const PASSPHRASE_FILE = path.resolve('.data/certificate-signing.passphrase')
const VALID_YEARS = 10

let cached: SigningKey | undefined

/** A self-signed RSA-2048 key and certificate as a PKCS#12 file (for the embedded default and tests). */
export function createSelfSignedP12(passphrase: string, { commonName = SIGNING_SUBJECT, now = new Date() } = {}): Buffer {
  // node:crypto makes the key (fast, native); node-forge writes the certificate and the PKCS#12.
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const privateKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e)
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`
  cert.validity.notBefore = new Date(now.getTime() - 86_400_000)
  cert.validity.notAfter = new Date(now.getTime() + VALID_YEARS * 365 * 86_400_000)
  const name = [{ name: 'commonName', value: commonName }, { name: 'organizationName', value: 'Perpustakaan Nasional Republik Indonesia' }, { name: 'countryName', value: 'ID' }]
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ])
  cert.sign(privateKey, forge.md.sha256.create())
  const asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], passphrase, { algorithm: '3des', friendlyName: commonName })
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')
}

function readOrCreateLocalKey(): SigningKey {
  if (existsSync(P12_FILE) && existsSync(PASSPHRASE_FILE)) {
    return { p12: readFileSync(P12_FILE), passphrase: readFileSync(PASSPHRASE_FILE, 'utf8').trim() }
  }
  const passphrase = randomBytes(24).toString('base64url')
  const p12 = createSelfSignedP12(passphrase)
  mkdirSync(path.dirname(P12_FILE), { recursive: true })
  writeFileSync(PASSPHRASE_FILE, passphrase, { mode: 0o600 })
  writeFileSync(P12_FILE, p12, { mode: 0o600 })
  return { p12, passphrase }
}

/** The configured signing key; throws on PostgreSQL when the environment lacks it. */
export function getSigningKey(): SigningKey {
  if (cached) return cached
  const p12 = process.env.CERTIFICATE_SIGNING_P12?.trim()
  const passphrase = process.env.CERTIFICATE_SIGNING_PASSPHRASE ?? ''
  if (p12) {
    cached = { p12: Buffer.from(p12, 'base64'), passphrase }
  } else if (isEmbedded(resolveDatabaseUrl())) {
    cached = readOrCreateLocalKey()
  } else {
    throw new Error('Missing environment variables: CERTIFICATE_SIGNING_P12, CERTIFICATE_SIGNING_PASSPHRASE (a base64 PKCS#12 key and certificate that sign certificate PDFs)')
  }
  return cached
}
