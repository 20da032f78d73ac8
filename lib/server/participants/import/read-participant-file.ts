import 'server-only'
import type ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { loadXlsxUpload } from '@/lib/server/uploads/load-xlsx-upload'
import type { CellValue } from './cell-value'
import { cellToText } from './cell-value'
import { COLUMN_LABEL, looksLikeHeaderRow, matchHeaders, type ParticipantColumn } from './match-headers'
import { GUIDANCE_SHEETS, isTemplateExample } from './template-example'

// Reads an uploaded participant list (.xlsx or .csv) into rows of cells keyed by column. Never
// throws on bad input: too large, wrong type or broken files come back as an Indonesian message.
// Formulas are read as the text that was typed ("=HYPERLINK(…)"), never as their result.

export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_ROWS = 20_000
/** What the workbook may inflate to: 20,000 rows of the template take 11 MB, so 9× room for styling. */
const MAX_INFLATED_BYTES = 100 * 1024 * 1024
const HEADER_SEARCH_ROWS = 10

export type RawParticipantRow = { rowNumber: number; cells: Partial<Record<ParticipantColumn, CellValue>> }
export type FileRead = { ok: true; rows: RawParticipantRow[]; format: 'xlsx' | 'csv' } | { ok: false; message: string }

const failure = (message: string): FileRead => ({ ok: false, message })
const BROKEN_XLSX = 'Berkas rusak atau bukan berkas Excel .xlsx yang valid. Simpan ulang dari Excel sebagai .xlsx, atau sebagai CSV.'
const TOO_MANY = `Berkas berisi lebih dari ${MAX_ROWS.toLocaleString('id-ID')} baris data. Bagi menjadi beberapa berkas.`

export async function readParticipantFile(fileName: string, bytes: Buffer): Promise<FileRead> {
  if (bytes.length === 0) return failure('Berkas kosong.')
  if (bytes.length > MAX_FILE_BYTES) return failure('Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.')
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'xls' || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return failure('Format Excel lama (.xls) tidak didukung. Buka berkas di Excel lalu simpan sebagai .xlsx atau .csv.')
  }
  // A workbook renamed to .csv is still read as the workbook it is.
  if (extension === 'xlsx' || (extension === 'csv' && isZip)) return readXlsx(bytes)
  if (extension === 'csv' || extension === 'txt') return readCsv(bytes)
  return failure('Berkas harus berformat Excel (.xlsx) atau CSV (.csv).')
}

// ───────────── .xlsx ─────────────

function xlsxCell(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula
    return formula ? `=${formula}` : undefined // kept as typed text, never evaluated
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : xlsxCell(value.text as ExcelJS.CellValue)
  return undefined // an error cell (#N/A…)
}

async function readXlsx(bytes: Buffer): Promise<FileRead> {
  const loaded = await loadXlsxUpload(bytes, { maxInflatedBytes: MAX_INFLATED_BYTES, brokenMessage: BROKEN_XLSX })
  if (!loaded.ok) return failure(loaded.message)
  const { workbook } = loaded
  // The first sheet with something on it, leaving out the template's "Contoh" and "Petunjuk".
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0 && !GUIDANCE_SHEETS.has(ws.name.trim().toLowerCase()))
  if (!sheet) return failure('Berkas tidak berisi data.')
  if (sheet.actualRowCount - 1 > MAX_ROWS) return failure(TOO_MANY)

  const table: { rowNumber: number; cells: (CellValue | undefined)[] }[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (CellValue | undefined)[] = []
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = xlsxCell(cell.value)
    })
    table.push({ rowNumber, cells })
  })
  return toRows(table, 'xlsx')
}

// ───────────── .csv ─────────────

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, what Excel's "CSV" saves. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** The delimiter of the header line: Excel in Indonesian locales saves ";", others ",". */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim()) ?? ''
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '')
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const)
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
}

function readCsv(bytes: Buffer): FileRead {
  if (bytes.includes(0)) return failure('Berkas bukan berkas teks CSV. Simpan ulang dari Excel sebagai CSV atau .xlsx.')
  const text = decodeText(bytes)
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false })
  const fatal = parsed.errors.find((e) => e.type === 'Quotes')
  if (fatal) return failure(`Berkas CSV rusak: tanda kutip tidak berpasangan di sekitar baris ${(fatal.row ?? 0) + 1}.`)
  const table = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells as (CellValue | undefined)[] }))
  if (table.filter((r) => r.cells.some((c) => cellToText(c))).length - 1 > MAX_ROWS) return failure(TOO_MANY)
  return toRows(table, 'csv')
}

// ───────────── both ─────────────

function toRows(table: { rowNumber: number; cells: (CellValue | undefined)[] }[], format: 'xlsx' | 'csv'): FileRead {
  const nonEmpty = table.filter((r) => r.cells.some((c) => cellToText(c)))
  if (nonEmpty.length === 0) return failure('Berkas tidak berisi data.')
  // The header row: the first of the first rows that names known columns (title rows above are skipped).
  const headerIndex = nonEmpty.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => looksLikeHeaderRow(r.cells.map(cellToText)))
  const header = nonEmpty[Math.max(0, headerIndex)]
  const { columns, missing } = matchHeaders(Array.from(header.cells, cellToText))
  if (headerIndex < 0 || missing.length) {
    const names = (headerIndex < 0 ? ['name', 'nik', 'phone', 'institutionName', 'regency'] as const : missing).map((c) => COLUMN_LABEL[c])
    return failure(`Kolom wajib tidak ditemukan: ${names.join(', ')}. Baris judul kolom harus memuat Nama, NIK, No HP, Nama Lembaga dan Kabupaten/Kota.`)
  }
  const rows: RawParticipantRow[] = []
  let examples = 0
  for (const { rowNumber, cells } of nonEmpty) {
    if (rowNumber <= header.rowNumber) continue
    const row: RawParticipantRow['cells'] = {}
    let filled = false
    for (const [index, column] of columns) {
      const value = cells[index]
      if (value === undefined || (typeof value === 'string' && !value.trim())) continue
      row[column] = value
      filled = true
    }
    if (!filled) continue
    // The template's example person (earlier templates had it as the first row): never a participant.
    if (isTemplateExample({ name: cellToText(row.name), nik: cellToText(row.nik) })) examples++
    else rows.push({ rowNumber, cells: row })
  }
  if (rows.length === 0) {
    return failure(examples
      ? 'Berkas hanya berisi baris contoh dari templat (Siti Aminah), yang tidak diimpor. Isi data peserta di bawah judul kolom.'
      : 'Berkas tidak berisi baris data di bawah judul kolom.')
  }
  if (rows.length > MAX_ROWS) return failure(TOO_MANY)
  return { ok: true, rows, format }
}
