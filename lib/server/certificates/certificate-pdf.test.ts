import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderCertificatePdf } from './certificate-pdf'
import { mergeCertificatePdfs } from './merge-certificate-pdfs'
import { sampleCertificateView } from './sample-certificate'
import { createSelfSignedP12, type SigningKey } from './signing-key'

// The certificate PDF as a reader sees it: its text (pdftotext), its QR code (pdftoppm + zbarimg) and
// its signature (pdfsig), and a file changed by one byte reported as altered.

const ORIGIN = 'https://bimtek.example.id'
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

let workDir: string
let signingKey: SigningKey

const view = (overrides: Partial<ReturnType<typeof sampleCertificateView>> = {}) => ({
  ...sampleCertificateView({
    programName: 'Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial',
    totalJp: 32,
    numberPattern: '{seq}/SERT/BIMTEK-TPBIS/{province}/{month}/{year}',
    issuePlace: 'Jakarta',
    issuingOffice: 'Perpustakaan Nasional Republik Indonesia',
    signatoryName: 'Dr. Contoh Pejabat, M.Si.',
    signatoryTitle: 'Deputi Bidang Pengembangan Sumber Daya Perpustakaan',
    startDate: new Date('2024-05-19T00:00:00Z'),
    endDate: new Date('2024-05-23T00:00:00Z'),
    now: new Date('2024-05-23T03:00:00Z'),
    design: { heading: 'SERTIFIKAT', bodyText: 'telah mengikuti Bimbingan Teknis', accentColor: '#0f5132', logo: { data: PNG_1PX, type: 'image/png' }, background: null, signature: null },
  }),
  holderName: 'Ni Luh Putu Ayu Kusumawardhani',
  verificationCode: 'K7M2P9QRXT4W',
  ...overrides,
})

const write = (name: string, pdf: Buffer) => {
  const file = path.join(workDir, name)
  writeFileSync(file, pdf)
  if (process.env.CERTIFICATE_PDF_OUT) writeFileSync(path.join(process.env.CERTIFICATE_PDF_OUT, name), pdf)
  return file
}
const pdfsig = (file: string) => spawnSync('pdfsig', [file], { encoding: 'utf8' })

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'sertifikat-'))
  signingKey = { p12: createSelfSignedP12('rahasia-uji'), passphrase: 'rahasia-uji' }
})
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

describe('renderCertificatePdf', () => {
  it('prints the holder, number, program, dates and JP, one A4 landscape page', async () => {
    const file = write('sertifikat.pdf', await renderCertificatePdf(view(), { origin: ORIGIN, signingKey }))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Ni Luh Putu Ayu Kusumawardhani')
    expect(text).toContain('Nomor: 0001/SERT/BIMTEK-TPBIS/32/V/2024')
    expect(text).toContain('Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial')
    expect(text).toContain('19–23 Mei 2024')
    expect(text).toContain('32 jam pelajaran (JP)')
    expect(text).toContain('Jakarta, 23 Mei 2024')
    expect(text).toContain(`${ORIGIN}/v/K7M2P9QRXT4W`)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1/)
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toContain('DejaVuSerif')
    // pdfkit lists its default Helvetica on the page without drawing a glyph in it; every font used is embedded.
    const used = fonts.split('\n').slice(2).filter((line) => line.trim() && !line.startsWith('Helvetica'))
    expect(used.length).toBeGreaterThanOrEqual(3)
    expect(used.every((line) => /\byes\s+yes\s+yes\b/.test(line))).toBe(true)
  })

  it('carries a QR code of the verification page', async () => {
    const file = write('qr.pdf', await renderCertificatePdf(view(), { origin: ORIGIN, signingKey }))
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', file, path.join(workDir, 'qr')])
    const png = readdirSync(workDir).find((f) => f.startsWith('qr') && f.endsWith('.png'))!
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(workDir, png)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    expect(decoded).toBe(`${ORIGIN}/v/K7M2P9QRXT4W`)
  })

  it('is signed (ETSI.CAdES.detached) and the signature verifies; one changed byte is reported', async () => {
    const pdf = await renderCertificatePdf(view(), { origin: ORIGIN, signingKey })
    const file = write('ditandatangani.pdf', pdf)
    const ok = pdfsig(file)
    expect(ok.stdout).toContain('Signature Validation: Signature is Valid.')
    expect(ok.stdout).toContain('Signature Type: ETSI.CAdES.detached')
    expect(ok.stdout).toContain('Signed Ranges:')
    expect(ok.stdout).toMatch(/Total document signed/)

    // One byte of the document's text changed (its producer string "Bimtek" → "Cimtek"): the file stays
    // well-formed, the byte lies inside the signed range.
    const tampered = Buffer.from(pdf)
    const at = tampered.indexOf('(Bimtek TPBIS)')
    expect(at).toBeGreaterThan(0)
    tampered[at + 1] = 'C'.charCodeAt(0)
    const badFile = write('diubah.pdf', tampered)
    expect(spawnSync('pdfinfo', [badFile], { encoding: 'utf8' }).stderr).toBe('')
    const bad = pdfsig(badFile)
    expect(bad.stdout).not.toContain('Signature is Valid.')
    expect(bad.stdout).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/)
  })

  it('renders a revoked certificate, full-page background and signature image, and a long name', async () => {
    const pdf = await renderCertificatePdf(view({
      holderName: 'Raden Mas Bagus Prasetyo Adi Nugroho Wicaksono Hadiningrat Kusumo',
      revokedAt: new Date('2024-06-01T00:00:00Z'), revokedReason: 'Salah nama', replacesNumber: '0007/SERT/BIMTEK-TPBIS/32/V/2024',
      design: { heading: 'PIAGAM', bodyText: 'atas partisipasinya dalam', accentColor: '#7c2d12', logo: null, background: { data: PNG_1PX, type: 'image/png' }, signature: { data: PNG_1PX, type: 'image/png' } },
    }), { origin: ORIGIN, signingKey })
    const text = execFileSync('pdftotext', ['-layout', write('dicabut.pdf', pdf), '-'], { encoding: 'utf8' })
    expect(text).toContain('PIAGAM')
    // The rotated mark, in drawing order.
    expect(execFileSync('pdftotext', ['-raw', path.join(workDir, 'dicabut.pdf'), '-'], { encoding: 'utf8' })).toContain('DICABUT')
    expect(text).toContain('Menggantikan sertifikat nomor 0007/SERT/BIMTEK-TPBIS/32/V/2024')
  })
})

describe('mergeCertificatePdfs (the print file)', () => {
  it('holds one page per certificate in order, and no signature field that a reader would report as invalid', async () => {
    const pdf = await mergeCertificatePdfs([view(), view({ holderName: 'Ahmad Fauzi', number: '0002/SERT/BIMTEK-TPBIS/32/V/2024' })], ORIGIN)
    const file = write('cetak.pdf', Buffer.from(pdf))
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/)
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f')
    expect(pages[0]).toContain('Ni Luh Putu Ayu Kusumawardhani')
    expect(pages[1]).toContain('Ahmad Fauzi')
    expect(pages[1]).toContain('Nomor: 0002/SERT/BIMTEK-TPBIS/32/V/2024')
    // Copied from signed files, each page brought its signature along, which no longer matched the bytes.
    expect(pdfsig(file).stdout).toContain('does not contain any signatures')
  })
})
