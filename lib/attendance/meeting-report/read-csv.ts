import Papa from 'papaparse'

// Bytes of an uploaded report → rows of trimmed cells. Zoom writes UTF-8 (often with a BOM); a
// report opened and saved again in an Indonesian Excel comes back as Windows-1252 with ";" between
// cells. Never throws: a file that is not text comes back as a message.

export type CsvRead = { ok: true; rows: { line: number; cells: string[] }[] } | { ok: false; message: string }

export const NOT_TEXT = 'Berkas bukan laporan CSV. Unduh ulang laporan peserta dari Zoom atau Google Meet dalam format CSV.'

// C0 controls other than tab/line breaks, DEL, C1 controls and bidirectional overrides (decision 017):
// a display name never needs them, and they make a name look like another.
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** The cell separator: the one that occurs most often outside quotes in the first lines. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 20).map((l) => l.replace(/"[^"]*"/g, ''))
  const counts = [',', ';', '\t'].map((d) => [d, lines.reduce((n, l) => n + l.split(d).length - 1, 0)] as const)
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
}

export function readCsv(bytes: Uint8Array): CsvRead {
  if (bytes.length === 0) return { ok: false, message: 'Berkas kosong.' }
  const text = decode(bytes)
  // A NUL in decoded text means a binary file (a workbook, a PDF, a picture) renamed to .csv.
  if (text.includes('\u0000') || text.includes('\uFFFD\uFFFD\uFFFD')) return { ok: false, message: NOT_TEXT }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: detectDelimiter(text), skipEmptyLines: false })
  const broken = parsed.errors.find((e) => e.type === 'Quotes')
  if (broken) return { ok: false, message: `Berkas CSV rusak: tanda kutip tidak berpasangan di sekitar baris ${(broken.row ?? 0) + 1}.` }
  const rows = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => String(c ?? '').replace(HIDDEN, '').trim()) }))
  return { ok: true, rows }
}
