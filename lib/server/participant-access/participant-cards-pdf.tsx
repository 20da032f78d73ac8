import 'server-only'
import { Document, Image as PdfImage, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer'
import QRCode from 'qrcode'
import { formatCalendarDate, formatDateRange } from '@/lib/format/date-time'
import '@/lib/server/pdf/fonts'
import type { CardCohort, IssuedCard } from './issue-cohort-access-codes'
import { SIGN_IN_LINK_DAYS } from './sign-in-link'

// Printable participant cards: A4 portrait, 2 × 4 cards of about 95 × 71 mm with dashed cut lines,
// each with the personal access code and a QR code of the signed sign-in link.

export const CARDS_PER_PAGE = 8
const COLUMNS = 2
const BRAND = '#184d89'
const CUT = '#94a3b8'

const s = StyleSheet.create({
  page: { fontFamily: 'DejaVu Sans', paddingVertical: 20, paddingHorizontal: 28, color: '#0f172a' },
  grid: { height: '100%', flexDirection: 'row', flexWrap: 'wrap', borderWidth: 0.75, borderStyle: 'dashed', borderColor: CUT },
  card: { width: '50%', height: '25%', padding: 12, flexDirection: 'column' },
  cutRight: { borderRightWidth: 0.75, borderRightStyle: 'dashed', borderRightColor: CUT },
  cutBottom: { borderBottomWidth: 0.75, borderBottomStyle: 'dashed', borderBottomColor: CUT },
  header: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', borderBottomWidth: 1.5, borderBottomColor: BRAND, paddingBottom: 3, marginBottom: 6 },
  title: { fontSize: 9.5, fontWeight: 'bold', color: BRAND },
  issuer: { fontSize: 6, color: '#475569' },
  body: { flexDirection: 'row', flexGrow: 1 },
  details: { flexGrow: 1, flexShrink: 1, paddingRight: 8 },
  name: { fontSize: 12, lineHeight: 1.2, fontWeight: 'bold', marginBottom: 4, maxLines: 2, textOverflow: 'ellipsis' },
  longName: { fontSize: 10 },
  line: { fontSize: 7.5, color: '#334155', marginBottom: 1.5 },
  codeLabel: { fontSize: 6.5, color: '#64748b', marginTop: 8, letterSpacing: 0.5 },
  code: { fontFamily: 'DejaVu Sans Mono', fontWeight: 'bold', fontSize: 19, letterSpacing: 1, color: '#0f172a' },
  qr: { width: 104, height: 104, marginTop: -2, marginRight: -8 },
  footer: { fontSize: 6.2, color: '#475569', marginTop: 4, lineHeight: 1.35 },
})

/** "+62 812 •••••• 890": enough for the participant to recognise, little for whoever finds the card. */
export function maskPhone(phone: string): string {
  const match = /^(\+62)(\d{3})(\d+)(\d{3})$/.exec(phone)
  if (!match) return phone.length > 6 ? `${phone.slice(0, 4)}${'•'.repeat(phone.length - 7)}${phone.slice(-3)}` : phone
  return `${match[1]} ${match[2]} ${'•'.repeat(match[3].length)} ${match[4]}`
}

type CardView = IssuedCard & { signInUrl: string; qr: string }

function Card({ card, cohort, index, signInHint, validUntil }: { card: CardView; cohort: CardCohort; index: number; signInHint: string; validUntil: string }) {
  const isLastRow = index >= CARDS_PER_PAGE - COLUMNS
  const cut = [s.card, ...(index % COLUMNS === 0 ? [s.cutRight] : []), ...(isLastRow ? [] : [s.cutBottom])]
  return (
    <View style={cut} wrap={false}>
      <View style={s.header}>
        <Text style={s.title}>Kartu Peserta Bimtek TPBIS</Text>
        <Text style={s.issuer}>Perpustakaan Nasional RI</Text>
      </View>
      <Text style={card.name.length > 36 ? [s.name, s.longName] : s.name}>{card.name}</Text>
      <View style={s.body}>
        <View style={s.details}>
          <Text style={[s.line, { maxLines: 1, textOverflow: 'ellipsis' }]}>{cohort.name}</Text>
          <Text style={[s.line, { maxLines: 1, textOverflow: 'ellipsis' }]}>{formatDateRange(cohort.startDate, cohort.endDate)} · {cohort.city}</Text>
          <Text style={s.line}>HP: {maskPhone(card.phone)}</Text>
          <Text style={s.codeLabel}>KODE AKSES</Text>
          <Text style={s.code}>{card.accessCode}</Text>
        </View>
        <PdfImage style={s.qr} src={card.qr} />
      </View>
      <Text style={s.footer}>
        Pindai kode QR atau buka {signInHint} lalu masuk dengan nomor HP dan kode akses di atas. Kode QR berlaku sampai {validUntil}. Jangan bagikan kartu ini.
      </Text>
    </View>
  )
}

export type CardsDocumentInput = { cohort: CardCohort; cards: IssuedCard[] }

/** The cards as a PDF; `origin` is the site's public origin the QR codes and the hint point to. */
export async function renderParticipantCardsPdf({ cohort, cards }: CardsDocumentInput, { origin, now = Date.now() }: { origin: string; now?: number }): Promise<Buffer> {
  const views: CardView[] = await Promise.all(cards.map(async (card) => {
    const signInUrl = `${origin}/masuk/tautan/${card.signInToken}`
    // Whole pixels per module keep the printed modules sharp; 4 modules of quiet zone, as the standard asks.
    const qr = await QRCode.toDataURL(signInUrl, { errorCorrectionLevel: 'M', margin: 4, scale: 8 })
    return { ...card, signInUrl, qr }
  }))
  const pages = Array.from({ length: Math.ceil(views.length / CARDS_PER_PAGE) }, (_, i) => views.slice(i * CARDS_PER_PAGE, (i + 1) * CARDS_PER_PAGE))
  const signInHint = `${origin.replace(/^https?:\/\//, '')}/masuk`
  const validUntil = formatCalendarDate(new Date(now + SIGN_IN_LINK_DAYS * 86_400_000))
  return renderToBuffer(
    <Document title={`Kartu peserta ${cohort.name}`} author="Bimtek TPBIS" creator="Bimtek TPBIS" producer="Bimtek TPBIS" language="id">
      {pages.map((page, p) => (
        <Page key={p} size="A4" orientation="portrait" style={s.page}>
          <View style={s.grid}>
            {Array.from({ length: CARDS_PER_PAGE }, (_, i) =>
              page[i]
                ? <Card key={page[i].participantId} card={page[i]} cohort={cohort} index={i} signInHint={signInHint} validUntil={validUntil} />
                : <View key={`empty-${i}`} style={[s.card, ...(i % COLUMNS === 0 ? [s.cutRight] : []), ...(i >= CARDS_PER_PAGE - COLUMNS ? [] : [s.cutBottom])]} />,
            )}
          </View>
        </Page>
      ))}
    </Document>,
  )
}
