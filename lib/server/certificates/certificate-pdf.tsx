import 'server-only'
import path from 'node:path'
import { TZDate } from '@date-fns/tz'
import { Document, Font, Image as PdfImage, Page, Path, StyleSheet, Svg, Text, View, renderToBuffer } from '@react-pdf/renderer'
import { format } from 'date-fns'
import { id as localeId } from 'date-fns/locale'
import QRCode from 'qrcode'
import type { CertificateView, DesignImage } from '@/lib/certificates/certificate-view'
import { groupedCode } from '@/lib/certificates/verification-code'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import '@/lib/server/pdf/fonts'
import { printableDesign } from './printable-design'
import { signPdf } from './sign-pdf'
import type { SigningKey } from './signing-key'

// One certificate: A4 landscape, DejaVu Serif for the wording and DejaVu Sans for the small print (both
// embedded), the program's logo, accent colour, optional full-page background and signature image, and
// a QR code of the public verification page. The file is signed (PAdES) before it leaves the server.

const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
Font.register({
  family: 'DejaVu Serif',
  fonts: [
    { src: path.join(FONT_DIR, 'DejaVuSerif.ttf') },
    { src: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'), fontWeight: 'bold' },
    { src: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'), fontStyle: 'italic' },
  ],
})

const INK = '#1f2937'
const MUTED = '#4b5563'
const PAGE_W = 841.89
const PAGE_H = 595.28

const s = StyleSheet.create({
  page: { fontFamily: 'DejaVu Serif', color: INK, position: 'relative' },
  background: { position: 'absolute', top: 0, left: 0, width: PAGE_W, height: PAGE_H, objectFit: 'cover' },
  frameOuter: { position: 'absolute', top: 18, left: 18, right: 18, bottom: 18, borderWidth: 3 },
  frameInner: { position: 'absolute', top: 26, left: 26, right: 26, bottom: 26, borderWidth: 0.8 },
  content: { position: 'absolute', top: 44, left: 64, right: 64, bottom: 40, flexDirection: 'column', alignItems: 'center' },
  logo: { height: 62, maxWidth: 240, objectFit: 'contain', marginBottom: 8 },
  logoSpacer: { height: 10 },
  office: { fontFamily: 'DejaVu Sans', fontSize: 9, letterSpacing: 1.2, color: MUTED, textTransform: 'uppercase' },
  heading: { fontSize: 38, fontWeight: 'bold', letterSpacing: 7, marginTop: 8 },
  number: { fontFamily: 'DejaVu Sans', fontSize: 10, color: MUTED, marginTop: 2 },
  given: { fontSize: 13, fontStyle: 'italic', color: MUTED, marginTop: 20 },
  name: { fontSize: 30, fontWeight: 'bold', marginTop: 8, textAlign: 'center', maxLines: 2 },
  rule: { width: 360, borderBottomWidth: 1.2, marginTop: 5 },
  institution: { fontSize: 13, marginTop: 7, textAlign: 'center', maxLines: 2 },
  body: { fontSize: 13, fontStyle: 'italic', marginTop: 20, textAlign: 'center', maxLines: 3 },
  program: { fontSize: 17, fontWeight: 'bold', marginTop: 5, textAlign: 'center', maxLines: 2 },
  details: { fontSize: 12, marginTop: 8, textAlign: 'center', lineHeight: 1.5, color: INK },
  footer: { position: 'absolute', left: 0, right: 0, bottom: 0, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' },
  verify: { flexDirection: 'row', alignItems: 'flex-end', width: 300 },
  qr: { width: 78, height: 78 },
  verifyText: { fontFamily: 'DejaVu Sans', fontSize: 7.5, color: MUTED, marginLeft: 6, marginBottom: 6, width: 215, lineHeight: 1.4 },
  verifyUrl: { fontFamily: 'DejaVu Sans', fontSize: 7.5, color: INK, marginVertical: 1 },
  sign: { width: 270, alignItems: 'center' },
  signLine: { fontSize: 11, textAlign: 'center' },
  signatureImage: { height: 54, maxWidth: 200, objectFit: 'contain', marginVertical: 2 },
  signatureSpace: { height: 58 },
  signatory: { fontSize: 11.5, fontWeight: 'bold', textAlign: 'center', textDecoration: 'underline' },
  note: { fontFamily: 'DejaVu Sans', fontSize: 7, color: MUTED, marginTop: 4, textAlign: 'center' },
  revoked: { position: 'absolute', top: 250, left: 120, width: 600, textAlign: 'center', fontFamily: 'DejaVu Sans', fontWeight: 'bold', fontSize: 72, color: '#dc2626', opacity: 0.3, transform: 'rotate(-18deg)' },
})

/** "23 Mei 2024": the issue date as it was in Jakarta. */
export function formatIssueDate(issuedAt: Date): string {
  return format(new TZDate(issuedAt, 'Asia/Jakarta'), 'd MMMM yyyy', { locale: localeId })
}

const imageSource = (image: DesignImage) => ({ data: image.data, format: image.type === 'image/png' ? ('png' as const) : ('jpg' as const) })

/**
 * The verification URL as a QR code of vector squares, one path of runs per row, with the standard's
 * quiet zone of 4 modules: sharp at any print resolution. A PNG (qrcode's toDataURL) cost ~12 ms a
 * certificate, since pdfkit decodes every pixel of a transparent PNG and compresses it again in each
 * document; the path costs ~2 ms (bench/certificates.ts).
 */
function QrCode({ text }: { text: string }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  let d = ''
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue
      const start = x
      while (x + 1 < modules.size && modules.get(y, x + 1)) x++
      d += `M${start + quiet} ${y + quiet}h${x - start + 1}v1h${start - x - 1}z`
    }
  }
  const side = modules.size + 2 * quiet
  return <Svg style={s.qr} viewBox={`0 0 ${side} ${side}`}><Path d={d} fill="#000000" /></Svg>
}

function CertificateDocument({ view, verifyUrl, withQr }: { view: CertificateView; verifyUrl: string; withQr: boolean }) {
  const design = printableDesign(view.design)
  const accent = design.accentColor
  const nameSize = view.holderName.length > 48 ? 22 : view.holderName.length > 34 ? 26 : 30
  return (
    <Document title={`Sertifikat ${view.number} ${view.holderName}`} author={view.issuingOffice} subject={view.programName} creator="Bimtek TPBIS" producer="Bimtek TPBIS" language="id">
      <Page size="A4" orientation="landscape" style={s.page}>
        {design.background ? <PdfImage style={s.background} src={imageSource(design.background)} fixed /> : (
          <>
            <View style={[s.frameOuter, { borderColor: accent }]} />
            <View style={[s.frameInner, { borderColor: accent }]} />
          </>
        )}
        <View style={s.content}>
          {design.logo ? <PdfImage style={s.logo} src={imageSource(design.logo)} /> : <View style={s.logoSpacer} />}
          <Text style={s.office}>{view.issuingOffice}</Text>
          <Text style={[s.heading, { color: accent }]}>{design.heading}</Text>
          <Text style={s.number}>Nomor: {view.number}</Text>
          <Text style={s.given}>diberikan kepada</Text>
          <Text style={[s.name, { fontSize: nameSize }]}>{view.holderName}</Text>
          <View style={[s.rule, { borderBottomColor: accent }]} />
          {view.holderInstitution ? <Text style={s.institution}>{view.holderInstitution}</Text> : null}
          <Text style={s.body}>{design.bodyText}</Text>
          <Text style={[s.program, { color: accent }]}>{view.programName}</Text>
          <Text style={s.details}>
            Gelombang {view.waveNumber} · {view.cohortName} · Provinsi {view.provinceName}{'\n'}
            {formatDateRange(view.startDate, view.endDate)} · {formatNumber(view.totalJp)} jam pelajaran (JP)
          </Text>
          <View style={s.footer}>
            <View style={s.verify}>
              {withQr ? <QrCode text={verifyUrl} /> : <View style={s.qr} />}
              <View style={s.verifyText}>
                <Text>Pindai kode QR atau buka alamat di bawah untuk memeriksa keaslian sertifikat ini.</Text>
                <Text style={s.verifyUrl}>{verifyUrl}</Text>
                <Text>Kode verifikasi: {groupedCode(view.verificationCode)}</Text>
              </View>
            </View>
            <View style={s.sign}>
              <Text style={s.signLine}>{view.issuePlace}, {formatIssueDate(view.issuedAt)}</Text>
              <Text style={s.signLine}>{view.signatoryTitle}</Text>
              {design.signature ? <PdfImage style={s.signatureImage} src={imageSource(design.signature)} /> : <View style={s.signatureSpace} />}
              {view.signatoryName ? <Text style={s.signatory}>{view.signatoryName}</Text> : null}
              {view.replacesNumber ? <Text style={s.note}>Menggantikan sertifikat nomor {view.replacesNumber}</Text> : null}
            </View>
          </View>
        </View>
        {view.revokedAt ? <Text style={s.revoked}>DICABUT</Text> : null}
      </Page>
    </Document>
  )
}

/** The certificate's PDF before signing. `qr: false` leaves the QR code's place empty: the bench's floor (bench/certificates.ts). */
export async function renderUnsignedCertificatePdf(view: CertificateView, { origin, qr = true }: { origin: string; qr?: boolean }): Promise<Buffer> {
  const verifyUrl = `${origin}/v/${view.verificationCode}`
  return renderToBuffer(<CertificateDocument view={view} verifyUrl={verifyUrl} withQr={qr} />)
}

/** One certificate, signed. `origin` is the site's public origin (getSiteOrigin). */
export async function renderCertificatePdf(view: CertificateView, options: { origin: string; signingKey?: SigningKey }): Promise<Buffer> {
  const pdf = await renderUnsignedCertificatePdf(view, options)
  return signPdf(pdf, { signingKey: options.signingKey, signingTime: new Date(), location: view.issuePlace })
}
