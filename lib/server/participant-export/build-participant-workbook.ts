import 'server-only'
import ExcelJS from 'exceljs'
import { neutralizeFormula } from './spreadsheet-safe'

export type ExportColumn<T> = {
  header: string
  width: number
  value: (row: T) => string | number | Date | null
  freeText?: boolean
  /** Excel's number format for the column, e.g. '0.0%'. */
  numFmt?: string
}

/**
 * Adds one sheet with a bold, frozen header and a filter: the list as officers keep it. Every cell is
 * written as a value, never a formula; free-text columns are also neutralised for later CSV use.
 */
export function addSheet<T>(workbook: ExcelJS.Workbook, sheetName: string, columns: ExportColumn<T>[], rows: T[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const value = c.value(row)
      return typeof value === 'string' && c.freeText ? neutralizeFormula(value) : value
    }))
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return sheet
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Bimtek TPBIS'
  workbook.created = new Date()
  return workbook
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A workbook of one sheet. */
export async function buildWorkbook<T>(sheetName: string, columns: ExportColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = newWorkbook()
  addSheet(workbook, sheetName, columns, rows)
  return workbookBuffer(workbook)
}
