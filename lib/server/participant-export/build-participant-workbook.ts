import 'server-only'
import ExcelJS from 'exceljs'
import { neutralizeFormula } from './spreadsheet-safe'

export type ExportColumn<T> = { header: string; width: number; value: (row: T) => string | number | Date | null; freeText?: boolean }

/**
 * One sheet with a bold, frozen header and a filter: the list as officers keep it. Every cell is
 * written as a value, never a formula; free-text columns are also neutralised for later CSV use.
 */
export async function buildWorkbook<T>(sheetName: string, columns: ExportColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Bimtek TPBIS'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const value = c.value(row)
      return typeof value === 'string' && c.freeText ? neutralizeFormula(value) : value
    }))
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
