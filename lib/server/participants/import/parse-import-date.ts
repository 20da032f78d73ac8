import 'server-only'
import { DATE_RANGES, isDateInRange } from '@/lib/server/validation'
import type { CellValue } from './cell-value'

// Dates as they arrive in participant files: a date cell, an Excel serial number (a date cell
// saved as "General", or read from CSV), dd/mm/yyyy with / - or ., ISO yyyy-mm-dd, and written
// out in Indonesian ("22 Mei 2024", "22-Agu-1990", "Rabu, 22 Mei 2024") or English month names.

export type ParsedDate = { ok: true; date: Date } | { ok: false; message: string }

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30) // serial 1 = 1900-01-01, counting Excel's phantom 1900-02-29
const DAY_MS = 86_400_000

function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null
}

/** Two-digit years: the last hundred years before `now`. */
const fullYear = (y: number, now: Date) => (y >= 100 ? y : 2000 + y > now.getUTCFullYear() ? 1900 + y : 2000 + y)

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS)
}

const invalid = (label: string, text: string): ParsedDate => ({
  ok: false,
  message: `${label}: "${text}" bukan tanggal yang dikenali. Tulis hari/bulan/tahun, mis. 22/05/1990 atau 22 Mei 1990.`,
})

const RANGE = DATE_RANGES.birth
const dmy = (iso: string) => iso.split('-').reverse().join('/')

/**
 * Null for an empty cell. A date outside the years any file date can mean (decision 017: the
 * birth-date range, the widest the app takes) is refused, never passed on to the database.
 */
export function parseImportDate(value: CellValue | undefined, label = 'Tanggal', now = new Date()): ParsedDate | null {
  const parsed = parseAnyDate(value, label, now)
  if (!parsed?.ok || isDateInRange(parsed.date, RANGE)) return parsed
  const shown = value instanceof Date ? parsed.date.toISOString().slice(0, 10) : String(value).trim()
  return { ok: false, message: `${label}: "${shown}" di luar rentang tanggal yang diterima (${dmy(RANGE.min)}–${dmy(RANGE.max)}).` }
}

function parseAnyDate(value: CellValue | undefined, label: string, now: Date): ParsedDate | null {
  if (value === undefined) return null
  if (value instanceof Date) {
    // exceljs reads date cells as UTC midnight; keep the calendar day.
    const date = utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
    return date ? { ok: true, date } : invalid(label, String(value))
  }
  if (typeof value === 'number') {
    const date = excelSerialToDate(value)
    return date ? { ok: true, date } : invalid(label, String(value))
  }
  const text = value.trim()
  if (!text) return null
  const done = (date: Date | null) => (date ? { ok: true as const, date } : invalid(label, text))

  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) return done(excelSerialToDate(Number(text.replace(',', '.'))))
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text)
  if (m) return done(utcDate(Number(m[1]), Number(m[2]), Number(m[3])))
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text)
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), fullYear(Number(m[3]), now)]
    if (month > 12) {
      return { ok: false, message: `${label}: "${text}" tidak dikenali. Gunakan urutan hari/bulan/tahun, mis. 22/05/1990.` }
    }
    return done(utcDate(year, month, day))
  }
  // "22 Mei 2024", "22-Agu-1990", "Rabu, 22 Mei 2024", "22 Mei '90"
  m = /^(?:[a-z]+,?\s+)?(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+'?(\d{2}|\d{4})$/i.exec(text)
  if (m) {
    const month = MONTHS[m[2].toLowerCase()]
    return done(month ? utcDate(fullYear(Number(m[3]), now), month, Number(m[1])) : null)
  }
  return invalid(label, text)
}
