import { headerKey, isParticipantsHeader, matchReportHeaders, summaryColumns, type ReportColumn } from './headers'
import { localDate, parseDurationMinutes, parseLocalStamp, slashOrderOf, stampToInstant, type SlashOrder } from './parse-time'
import { readCsv } from './read-csv'
import type { JoinRow, MeetingSummary, ParsedReport, ReportContext, ReportSource, SkippedLine } from './types'

// A Zoom participants report or a Google Meet attendance report → one row per join, in UTC.
// Zoom's file starts with a meeting summary block (its header and one row), then a blank line and
// the participants header; Meet's may start with a few lines of title. Both are found by their
// header rows, wherever they are. Pure: no database, no clock.

/** A meeting of 1,000 people who each rejoin four times fits; more is not a report of one session. */
export const MAX_JOIN_ROWS = 5000
const MINUTE = 60_000

const NO_HEADER =
  'Kolom peserta tidak ditemukan. Unggah laporan peserta dari Zoom (Name (Original Name), Join Time, Leave Time) atau laporan kehadiran Google Meet (nama, Time joined atau First seen).'

export function parseMeetingReport(bytes: Uint8Array, context: ReportContext): ParsedReport {
  const read = readCsv(bytes)
  if (!read.ok) return read
  const lines = read.rows.filter((r) => r.cells.some((c) => c))
  if (lines.length === 0) return { ok: false, message: 'Berkas tidak berisi data.' }

  const headerIndex = lines.findIndex((r) => isParticipantsHeader(matchReportHeaders(r.cells)))
  if (headerIndex < 0) return { ok: false, message: NO_HEADER }
  const header = lines[headerIndex]
  const columns = matchReportHeaders(header.cells)
  const body = lines.slice(headerIndex + 1).filter((r) => !isParticipantsHeader(matchReportHeaders(r.cells)))
  if (body.length > MAX_JOIN_ROWS) {
    return { ok: false, message: `Laporan berisi lebih dari ${MAX_JOIN_ROWS.toLocaleString('id-ID')} baris peserta. Periksa bahwa berkas ini laporan satu sesi.` }
  }

  const cell = (cells: string[], column: ReportColumn) => {
    const index = columns.get(column)
    return index === undefined ? '' : (cells[index] ?? '')
  }
  const summaryAt = lines.slice(0, headerIndex).findIndex((r) => summaryColumns(r.cells))
  const summaryHeader = summaryAt < 0 ? null : lines[summaryAt]
  const summaryRow = summaryAt < 0 ? null : lines[summaryAt + 1]

  const sessionDate = localDate(context.startsAt, context.timeZone)
  const stampTexts = body.flatMap((r) => [cell(r.cells, 'join'), cell(r.cells, 'leave')])
  if (summaryHeader && summaryRow) {
    const s = summaryColumns(summaryHeader.cells)!
    for (const i of [s.start, s.end]) if (i !== null) stampTexts.push(summaryRow.cells[i] ?? '')
  }
  const order = slashOrderOf(stampTexts, sessionDate)
  const instant = (text: string) => {
    const stamp = parseLocalStamp(text, order, sessionDate)
    return stamp ? stampToInstant(stamp, context.timeZone) : null
  }

  const source = sourceOf(header.cells, columns, summaryHeader !== null)
  const meeting = readSummary(summaryHeader?.cells ?? null, summaryRow?.cells ?? null, instant)
  const rows: JoinRow[] = []
  const skipped: SkippedLine[] = []
  for (const { line, cells } of body) {
    const name = displayName(cells, cell)
    const email = cell(cells, 'email').toLowerCase() || null
    if (!name && !email) continue
    const shown = name || email!
    const joinText = cell(cells, 'join')
    const joinedAt = instant(joinText)
    if (!joinedAt) {
      skipped.push({ line, name: shown, reason: joinText ? `Waktu bergabung tidak terbaca: "${joinText.slice(0, 40)}".` : 'Waktu bergabung kosong.' })
      continue
    }
    const leftAt = leaveOf(cell(cells, 'leave'), cell(cells, 'duration'), joinedAt, instant)
    if (!leftAt) {
      skipped.push({ line, name: shown, reason: 'Waktu keluar atau durasi tidak terbaca.' })
      continue
    }
    if (leftAt < joinedAt) {
      skipped.push({ line, name: shown, reason: 'Waktu keluar lebih awal dari waktu bergabung.' })
      continue
    }
    rows.push({ line, name: shown, email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null, joinedAt, leftAt })
  }
  if (rows.length === 0) {
    return { ok: false, message: skipped.length ? `Tidak ada baris peserta yang terbaca. ${skipped[0].reason} (baris ${skipped[0].line})` : 'Laporan tidak berisi peserta.' }
  }
  return { ok: true, source, meeting, rows, skipped }
}

function displayName(cells: string[], cell: (cells: string[], column: ReportColumn) => string): string {
  const name = cell(cells, 'name')
  if (name) return name.replace(/\s+/g, ' ')
  return [cell(cells, 'firstName'), cell(cells, 'lastName')].filter(Boolean).join(' ').replace(/\s+/g, ' ')
}

function leaveOf(leaveText: string, durationText: string, joinedAt: Date, instant: (text: string) => Date | null): Date | null {
  const left = leaveText ? instant(leaveText) : null
  if (left) {
    // A time of day alone past midnight ("11:58 PM" → "12:03 AM") belongs to the next day.
    if (left < joinedAt && !/\d{4}/.test(leaveText)) return new Date(left.getTime() + 24 * 60 * MINUTE)
    return left
  }
  const minutes = parseDurationMinutes(durationText)
  return minutes === null ? null : new Date(joinedAt.getTime() + minutes * MINUTE)
}

function sourceOf(cells: string[], columns: Map<ReportColumn, number>, hasSummary: boolean): ReportSource {
  const keys = cells.map(headerKey)
  if (hasSummary || columns.has('guest') || keys.includes('nameoriginalname') || keys.includes('namanamaasli')) return 'ZOOM'
  if (columns.has('firstName') || keys.some((k) => ['timejoined', 'firstseen', 'timeincall', 'timeexited'].includes(k))) return 'MEET'
  return columns.has('leave') ? 'ZOOM' : 'MEET'
}

function readSummary(header: string[] | null, row: string[] | null, instant: (text: string) => Date | null): MeetingSummary {
  const empty: MeetingSummary = { topic: null, startsAt: null, endsAt: null, hostEmail: null, hostName: null }
  if (!header || !row) return empty
  const s = summaryColumns(header)!
  const at = (i: number | null) => (i === null ? '' : (row[i] ?? ''))
  return {
    topic: at(s.topic) || null,
    startsAt: at(s.start) ? instant(at(s.start)) : null,
    endsAt: at(s.end) ? instant(at(s.end)) : null,
    hostEmail: at(s.hostEmail).toLowerCase() || null,
    hostName: at(s.hostName) || null,
  }
}

export type { SlashOrder }
