import 'server-only'
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer'
import { ATTENDANCE_STATUSES } from '@/lib/attendance/recap'
import { assignmentRoleLabel, attendanceStatusLabel, deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateTimeInZone, formatSessionTime } from '@/lib/format/date-time'
import { PDF_FONT } from '@/lib/server/pdf/fonts'
import type { AttendanceSheet } from './get-attendance-sheet'

// The printable daftar hadir of one session: A4 portrait, the session's particulars, then a row per
// participant (No, Nama, Lembaga, Desa/Kab., Status, Tanda tangan) with the column heads repeated on
// every page, and the trainers' signature block. The blank variant leaves Status empty (signed on
// paper before marking); the filled one prints the marks as recorded when it was made.

const BRAND = '#184d89'
const LINE = '#94a3b8'
const COLUMNS = [
  { key: 'no', label: 'No', width: '6%' },
  { key: 'name', label: 'Nama', width: '25%' },
  { key: 'institution', label: 'Lembaga', width: '22%' },
  { key: 'place', label: 'Desa/Kab.', width: '19%' },
  { key: 'status', label: 'Status', width: '10%' },
  { key: 'sign', label: 'Tanda tangan', width: '18%' },
] as const

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 8.5, paddingTop: 28, paddingBottom: 40, paddingHorizontal: 32, color: '#0f172a' },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center', color: BRAND },
  subtitle: { fontSize: 8, textAlign: 'center', color: '#475569', marginTop: 2, marginBottom: 10 },
  info: { borderTopWidth: 1.5, borderTopColor: BRAND, paddingTop: 6, marginBottom: 8 },
  infoRow: { flexDirection: 'row', marginBottom: 2 },
  infoLabel: { width: 90, color: '#475569' },
  infoValue: { flex: 1 },
  variant: { fontSize: 7.5, color: '#475569', marginBottom: 6 },
  head: { flexDirection: 'row', backgroundColor: '#e2e8f0', borderWidth: 0.75, borderColor: LINE },
  headCell: { paddingVertical: 4, paddingHorizontal: 3, fontWeight: 'bold', fontSize: 8 },
  row: { flexDirection: 'row', minHeight: 26, borderLeftWidth: 0.75, borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: LINE },
  cell: { paddingVertical: 3, paddingHorizontal: 3, borderRightWidth: 0.75, borderRightColor: LINE, justifyContent: 'center' },
  small: { fontSize: 7.5, color: '#334155' },
  signNo: { fontSize: 6.5, color: '#64748b' },
  summary: { marginTop: 8, fontSize: 8 },
  signatures: { flexDirection: 'row', flexWrap: 'wrap', columnGap: 24 },
  signBox: { width: 150, alignItems: 'center' },
  signLine: { marginTop: 42, borderTopWidth: 0.75, borderTopColor: '#0f172a', width: '100%', paddingTop: 2, textAlign: 'center' },
  footer: { position: 'absolute', bottom: 18, left: 32, right: 32, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7, color: '#64748b' },
})

const width = (key: (typeof COLUMNS)[number]['key']) => COLUMNS.find((c) => c.key === key)!.width

function Info({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.infoRow}>
      <Text style={s.infoLabel}>{label}</Text>
      <Text style={s.infoValue}>: {value}</Text>
    </View>
  )
}

/** The daftar hadir as a PDF; `now` is printed in the venue's zone. */
export async function renderAttendanceSheetPdf(sheet: AttendanceSheet, { now = new Date() }: { now?: Date } = {}): Promise<Buffer> {
  const { session, cohort, trainers, rows, filled } = sheet
  const { timeZone, timeZoneLabel } = cohort.province
  const online = session.mode === 'DARING'
  const place = online
    ? `Daring${session.meetingUrl ? ` (${session.meetingUrl})` : ''}`
    : [cohort.venue, cohort.venueAddress, cohort.city].filter(Boolean).join(', ')
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((st) => [st, rows.filter((r) => r.status === st).length]))
  const unmarked = rows.filter((r) => !r.status).length
  const printed = formatDateTimeInZone(now, timeZone, timeZoneLabel)
  return renderToBuffer(
    <Document title={`Daftar hadir ${session.title} — ${cohort.name}`} author="Bimtek TPBIS" creator="Bimtek TPBIS" producer="Bimtek TPBIS" language="id">
      <Page size="A4" orientation="portrait" style={s.page}>
        <Text style={s.title}>DAFTAR HADIR PESERTA</Text>
        <Text style={s.subtitle}>Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial — Perpustakaan Nasional RI</Text>
        <View style={s.info}>
          <Info label="Program" value={cohort.wave.program.name} />
          <Info label="Gelombang" value={`${cohort.wave.number} (${deliveryModeLabel[cohort.wave.mode]})`} />
          <Info label="Kelas" value={`${cohort.name} — ${cohort.province.name}`} />
          <Info label="Tempat" value={place} />
          <Info label="Sesi" value={`${session.title}${session.jp ? ` (${session.jp} JP)` : ''}`} />
          <Info label="Waktu" value={formatSessionTime(session.startsAt, session.endsAt, timeZone, timeZoneLabel)} />
          <Info label="Pelatih Ahli" value={trainers.length ? trainers.map((t) => `${t.name} (${assignmentRoleLabel[t.role]})`).join(', ') : '—'} />
        </View>
        <Text style={s.variant}>
          {filled
            ? `Status sesuai catatan aplikasi pada ${printed}.`
            : 'Lembar untuk ditandatangani peserta. Kolom status diisi setelah presensi dicatat.'}
        </Text>
        <View style={s.head} fixed>
          {COLUMNS.map((c, i) => (
            <Text key={c.key} style={[s.headCell, { width: c.width }, i < COLUMNS.length - 1 ? { borderRightWidth: 0.75, borderRightColor: LINE } : {}]}>{c.label}</Text>
          ))}
        </View>
        {rows.map((r, i) => (
          <View key={i} style={s.row} wrap={false}>
            <View style={[s.cell, { width: width('no') }]}><Text>{i + 1}</Text></View>
            <View style={[s.cell, { width: width('name') }]}><Text>{r.name}</Text></View>
            <View style={[s.cell, { width: width('institution') }]}><Text style={s.small}>{r.institutionName}</Text></View>
            <View style={[s.cell, { width: width('place') }]}><Text style={s.small}>{r.place}</Text></View>
            <View style={[s.cell, { width: width('status') }]}><Text>{r.status ? attendanceStatusLabel[r.status] : ''}</Text></View>
            {/* Alternating sides, as paper attendance sheets do, so neighbours' signatures do not collide. */}
            <View style={[s.cell, { width: width('sign'), borderRightWidth: 0, alignItems: i % 2 === 0 ? 'flex-start' : 'center', justifyContent: 'flex-start' }]}>
              <Text style={s.signNo}>{i + 1}.</Text>
            </View>
          </View>
        ))}
        {!rows.length ? <View style={s.row}><Text style={{ padding: 6 }}>Belum ada peserta terdaftar di kelas ini.</Text></View> : null}
        {filled ? (
          <Text style={s.summary}>
            Rekap: {ATTENDANCE_STATUSES.map((st) => `${attendanceStatusLabel[st]} ${counts[st]}`).join(' · ')} · Belum dicatat {unmarked} · Jumlah {rows.length}
          </Text>
        ) : null}
        <View wrap={false} style={{ marginTop: 16 }}>
          <Text>Mengetahui, Pelatih Ahli</Text>
          <View style={s.signatures}>
            {(trainers.length ? trainers : [{ name: '', role: 'LEAD' as const }]).map((t, i) => (
              <View key={i} style={s.signBox}>
                <Text style={s.signLine}>{t.name || '(nama jelas)'}</Text>
              </View>
            ))}
          </View>
        </View>
        <View style={s.footer} fixed>
          <Text>{cohort.name} · {session.title} · dicetak {printed}</Text>
          <Text render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`} />
        </View>
      </Page>
    </Document>,
  )
}
