import 'server-only'
import { createPrivateKey, sign as rsaSign, type KeyObject } from 'node:crypto'
import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { SignPdf } from '@signpdf/signpdf'
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils'
import forge from 'node-forge'
import { getSigningKey, type SigningKey } from './signing-key'

// PAdES signing of certificate PDFs: @signpdf adds the signature dictionary (ETSI.CAdES.detached) and
// fills it; the CMS is made here with node-forge, as @signpdf/signer-p12 does, plus the ESS
// signing-certificate-v2 attribute that PAdES baseline signatures need (and without the CMS
// signing-time attribute, which PAdES leaves to the dictionary's /M). The signature proves that the file
// is unchanged since it was issued with this key; the verification page stays the authority on validity.

const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47'
const { asn1, pki, pkcs12, md } = forge

type KeyPair = { key: KeyObject; cert: forge.pki.Certificate }
const keyPairs = new WeakMap<SigningKey, KeyPair>()

function keyPairOf(signingKey: SigningKey): KeyPair {
  const known = keyPairs.get(signingKey)
  if (known) return known
  const p12 = pkcs12.pkcs12FromAsn1(asn1.fromDer(signingKey.p12.toString('binary')), false, signingKey.passphrase)
  const key = (p12.getBags({ bagType: pki.oids.pkcs8ShroudedKeyBag })[pki.oids.pkcs8ShroudedKeyBag]?.[0]?.key
    ?? p12.getBags({ bagType: pki.oids.keyBag })[pki.oids.keyBag]?.[0]?.key) as forge.pki.rsa.PrivateKey | undefined
  if (!key) throw new Error('CERTIFICATE_SIGNING_P12 holds no private key')
  const certs = (p12.getBags({ bagType: pki.oids.certBag })[pki.oids.certBag] ?? []).map((bag) => bag.cert).filter((c): c is forge.pki.Certificate => !!c)
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey
    return pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0
  })
  if (!cert) throw new Error('CERTIFICATE_SIGNING_P12 holds no certificate for its private key')
  const pair = { key: createPrivateKey(pki.privateKeyToPem(key)), cert }
  keyPairs.set(signingKey, pair)
  return pair
}

function signingCertificateV2(cert: forge.pki.Certificate): forge.asn1.Asn1 {
  const der = asn1.toDer(pki.certificateToAsn1(cert)).getBytes()
  const hash = md.sha256.create().update(der).digest().getBytes()
  const { Class, Type } = asn1
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::= SEQUENCE { certHash } (SHA-256 by default)
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
    asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(OID_SIGNING_CERTIFICATE_V2).getBytes()),
    asn1.create(Class.UNIVERSAL, Type.SET, true, [
      asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
        asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
          asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, hash)]),
        ]),
      ]),
    ]),
  ])
}

const children = (node: forge.asn1.Asn1) => node.value as forge.asn1.Asn1[]

/** A detached CAdES (CMS) signature over the byte ranges @signpdf hands it. */
export class CadesSigner extends Signer {
  constructor(private readonly signingKey: SigningKey) { super() }

  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const { key, cert } = keyPairOf(this.signingKey)
    const p7 = forge.pkcs7.createSignedData()
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'))
    p7.addCertificate(cert)
    // forge's own RSA (pure JavaScript, ~40 ms) is not used: its signature is replaced below anyway.
    const placeholderKey = { sign: () => '' } as unknown as forge.pki.rsa.PrivateKey
    p7.addSigner({
      key: placeholderKey, certificate: cert, digestAlgorithm: pki.oids.sha256,
      authenticatedAttributes: [{ type: pki.oids.contentType, value: pki.oids.data }, { type: pki.oids.messageDigest }],
    })
    p7.sign({ detached: true })
    // forge signs only the attributes it knows: add signing-certificate-v2 and sign the attributes again.
    const contentInfo = p7.toAsn1()
    const signedData = children(children(contentInfo)[1])[0]
    const signerInfo = children(children(signedData).at(-1)!)[0]
    const parts = children(signerInfo)
    const attributes = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0)
    if (!attributes) throw new Error('CMS signer without signed attributes')
    children(attributes).push(signingCertificateV2(cert))
    const signedSet = Buffer.from(asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(attributes))).getBytes(), 'binary')
    const signature = rsaSign('sha256', signedSet, key) // RSASSA-PKCS1-v1_5, node:crypto
    parts[parts.length - 1] = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, signature.toString('binary'))
    return Buffer.from(asn1.toDer(contentInfo).getBytes(), 'binary')
  }
}

/** The PDF with a PAdES signature by the configured key (or the one given). */
export async function signPdf(pdf: Buffer, { signingKey = getSigningKey(), signingTime = new Date(), location = '' } = {}): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: 'Sertifikat Bimtek TPBIS: keaslian berkas',
    contactInfo: '',
    name: 'Bimtek TPBIS (Perpustakaan Nasional RI)',
    location,
    signingTime,
    signatureLength: 8192,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Bimtek-TPBIS', // a PDF name: no spaces
  })
  // The named class, not the CommonJS default instance: plain Node (a bench, a script) sees no `default`.
  return new SignPdf().sign(withPlaceholder, new CadesSigner(signingKey), signingTime)
}
