import 'server-only'
import type ExcelJS from 'exceljs'
import { loadXlsxUpload } from '@/lib/server/uploads/load-xlsx-upload'

// Reads the trainer sheet of an uploaded .xlsx into plain text rows. Tolerant of how people label
// columns ("No. HP", "Nomor HP", "HP"; "Provinsi" or "Provinsi Asal"; any case and spacing) and of
// how Excel stores cells (numbers, hyperlinks for e-mails, rich text, formulas).

export const MAX_FILE_BYTES = 2 * 1024 * 1024
export const MAX_ROWS = 2000
/** What the workbook may inflate to: 2,000 rows of the template take about 1 MB. */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024

export type TrainerColumn = 'name' | 'email' | 'phone' | 'province' | 'institution' | 'expertise'
export type RawTrainerRow = { rowNumber: number; values: Record<TrainerColumn, string> }
export type WorkbookRead = { ok: true; rows: RawTrainerRow[] } | { ok: false; message: string }

/** The template's headers, in order. */
export const TEMPLATE_HEADERS: Record<TrainerColumn, string> = {
  name: 'Nama', email: 'Email', phone: 'No HP', province: 'Provinsi Asal', institution: 'Instansi', expertise: 'Keahlian',
}

const HEADER_ALIASES: Record<TrainerColumn, string[]> = {
  name: ['nama', 'nama lengkap', 'nama pelatih'],
  email: ['email', 'e mail', 'alamat email', 'alamat e mail', 'surel'],
  phone: ['no hp', 'nomor hp', 'hp', 'no hp wa', 'no hp whatsapp', 'nomor hp wa', 'no wa', 'nomor wa', 'whatsapp', 'telepon', 'no telepon', 'no telp', 'nomor telepon'],
  province: ['provinsi', 'provinsi asal', 'asal provinsi', 'kode provinsi'],
  institution: ['instansi', 'institusi', 'lembaga', 'asal instansi', 'unit kerja'],
  expertise: ['keahlian', 'bidang keahlian', 'kompetensi'],
}
const REQUIRED: TrainerColumn[] = ['name', 'email', 'province']

const normalizeHeader = (s: string) =>
  s.toLowerCase().replace(/\(.*?\)|\*/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()
const columnOfHeader = new Map(
  Object.entries(HEADER_ALIASES).flatMap(([column, aliases]) => aliases.map((a) => [a, column as TrainerColumn])),
)

/** The text a person sees in the cell. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim()
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue)
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  return '' // an error cell (#N/A…) or a formula without a cached result
}

const failure = (message: string): WorkbookRead => ({ ok: false, message })

export async function readTrainerWorkbook(fileName: string, bytes: Buffer): Promise<WorkbookRead> {
  if (!/\.xlsx$/i.test(fileName)) return failure('Berkas harus berformat Excel .xlsx. Simpan ulang berkas sebagai .xlsx atau gunakan templat.')
  if (bytes.length === 0) return failure('Berkas kosong.')
  if (bytes.length > MAX_FILE_BYTES) return failure('Ukuran berkas maksimal 2 MB.')
  const loaded = await loadXlsxUpload(bytes, { maxInflatedBytes: MAX_INFLATED_BYTES, brokenMessage: 'Berkas rusak atau bukan berkas Excel .xlsx yang valid.' })
  if (!loaded.ok) return failure(loaded.message)
  const { workbook } = loaded
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) return failure('Berkas tidak berisi data.')
  if (sheet.actualRowCount - 1 > MAX_ROWS) return failure(`Berkas berisi lebih dari ${MAX_ROWS.toLocaleString('id-ID')} baris data. Bagi menjadi beberapa berkas.`)

  // The header row: the first non-empty row.
  let headerRowNumber = 0
  const columns = new Map<number, TrainerColumn>()
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (headerRowNumber) return
    headerRowNumber = rowNumber
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const column = columnOfHeader.get(normalizeHeader(cellText(cell.value)))
      if (column && ![...columns.values()].includes(column)) columns.set(col, column)
    })
  })
  const found = new Set(columns.values())
  const missing = REQUIRED.filter((c) => !found.has(c))
  if (missing.length) {
    return failure(`Kolom wajib tidak ditemukan: ${missing.map((c) => TEMPLATE_HEADERS[c]).join(', ')}. Gunakan templat dari halaman ini.`)
  }

  const rows: RawTrainerRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRowNumber) return
    const values: Record<TrainerColumn, string> = { name: '', email: '', phone: '', province: '', institution: '', expertise: '' }
    for (const [col, column] of columns) values[column] = cellText(row.getCell(col).value)
    if (Object.values(values).some(Boolean)) rows.push({ rowNumber, values })
  })
  if (rows.length === 0) return failure('Berkas tidak berisi baris data di bawah judul kolom.')
  if (rows.length > MAX_ROWS) return failure(`Berkas berisi lebih dari ${MAX_ROWS.toLocaleString('id-ID')} baris data. Bagi menjadi beberapa berkas.`)
  return { ok: true, rows }
}
