import 'server-only'

// One cell of an uploaded file, as the reader hands it over: text (CSV, text cells, formulas as
// their typed text), a number (numeric .xlsx cells) or a date (date-formatted .xlsx cells).
export type CellValue = string | number | Date

export function cellToText(value: CellValue | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim()
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  return value.toISOString().slice(0, 10)
}

// "3.20101E+15", "3,20101E+15", "3.201011E15": what Excel shows (and saves to CSV) for a long number.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i

/**
 * Long digit strings (NIK, phone) that a spreadsheet turned into a number lose digits: Excel keeps
 * 15 significant digits, so a 16-digit NIK typed into a number cell ends in 0 whatever was typed,
 * and a narrow column saves it as "3.20101E+15". Returns the text to parse, or why it is lost.
 */
export function readDigitCell(value: CellValue | undefined, label: string, digits: number): { ok: true; text: string } | { ok: false; message: string } {
  const lost = (shown: string) => ({
    ok: false as const,
    message: `${label}: tertulis sebagai angka (${shown}) sehingga sebagian digitnya hilang. Format kolom ${label} sebagai Teks, lalu ketik ulang ${label} lengkap.`,
  })
  if (typeof value === 'number') {
    const text = Number.isInteger(value) ? value.toFixed(0) : String(value)
    if (!Number.isSafeInteger(value)) return lost(value.toExponential(5).replace('e', 'E'))
    // A 16-digit NIK stored as a number: exact only when its last digit survived (Excel writes 0).
    if (digits >= 16 && text.length >= 16 && value % 10 === 0) return lost(text)
    return { ok: true, text }
  }
  const text = cellToText(value)
  if (SCIENTIFIC.test(text.replace(/\s/g, ''))) return lost(text)
  return { ok: true, text }
}
