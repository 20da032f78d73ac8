import 'server-only'
import ExcelJS from 'exceljs'
import { rebuildZipWithinLimits, type ZipLimits } from './rebuild-zip-within-limits'

// Every uploaded .xlsx is opened here: its zip is inflated once under a byte budget
// (rebuild-zip-within-limits.ts) before exceljs sees it. Readers pass their own budget and the
// message they give for a file that is no workbook; the other refusals are worded here once.

export type XlsxUpload = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string }

/** Entries of a workbook: sheets, their relations, styles, themes, a few pictures. */
export const MAX_XLSX_ENTRIES = 1000

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024)).toLocaleString('id-ID')

export async function loadXlsxUpload(
  bytes: Buffer,
  options: { maxInflatedBytes: number; maxEntries?: number; brokenMessage: string },
): Promise<XlsxUpload> {
  const limits: ZipLimits = { maxInflatedBytes: options.maxInflatedBytes, maxEntries: options.maxEntries ?? MAX_XLSX_ENTRIES }
  const rebuilt = await rebuildZipWithinLimits(bytes, limits)
  if (!rebuilt.ok) {
    if (rebuilt.reason === 'too-large') {
      return { ok: false, message: `Isi berkas terlalu besar untuk diimpor (lebih dari ${mb(limits.maxInflatedBytes)} MB setelah dibuka). Bagi menjadi beberapa berkas.` }
    }
    if (rebuilt.reason === 'too-many-entries') {
      return { ok: false, message: 'Berkas berisi terlalu banyak bagian untuk sebuah berkas Excel. Simpan ulang dari Excel sebagai .xlsx.' }
    }
    return { ok: false, message: options.brokenMessage }
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(rebuilt.zip as unknown as ExcelJS.Buffer)
  } catch {
    return { ok: false, message: options.brokenMessage }
  }
  // Excel cannot save a workbook without a sheet: a zip without one is another kind of file (.docx…).
  if (workbook.worksheets.length === 0) return { ok: false, message: options.brokenMessage }
  return { ok: true, workbook }
}
