// The downloadable template is a file the import reads (issue 12): untouched it imports as zero rows,
// since its example person and instructions are on sheets the reader skips; filled in, only the
// officer's rows are read, and the example row of earlier templates is recognised and skipped.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildParticipantTemplate } from '@/lib/server/participants/import/build-participant-template'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { readParticipantFile } from '@/lib/server/participants/import/read-participant-file'
import { testDb } from '../../support/database'
import { importSetup } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { nikSeries, phoneSeries } from '../../fixtures/participant-files'

const EXAMPLE = ['Siti Aminah', '3204054507850001', 'P', '0812 3456 7890', '', '05/07/1985', 'Perpustakaan desa', 'Perpustakaan Desa Cileunyi Kulon', '', 'Kabupaten Bandung', 'Cileunyi', 'Cileunyi Kulon']

describe('participant import template', () => {
  it('imports as zero rows untouched: the example and the instructions are not read', async () => {
    const template = await buildParticipantTemplate()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Peserta', 'Contoh', 'Petunjuk'])
    expect(workbook.getWorksheet('Peserta')!.actualRowCount).toBe(1)
    expect(workbook.getWorksheet('Contoh')!.getRow(2).getCell(1).value).toBe('Siti Aminah')

    expect(await readParticipantFile('templat-impor-peserta.xlsx', template)).toEqual({ ok: false, message: 'Berkas tidak berisi baris data di bawah judul kolom.' })
    const { operator, cohortId } = await importSetup()
    const batches = await testDb().importBatch.count()
    await expectAppError(previewParticipantImport(operator, { cohortId, fileName: 'templat-impor-peserta.xlsx', bytes: new Uint8Array(template) }), 'VALIDATION', 'Berkas tidak berisi baris data di bawah judul kolom.')
    expect(await testDb().importBatch.count()).toBe(batches)
  })

  it('reads the officer\'s rows of a filled template, skipping the example row of earlier templates', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await buildParticipantTemplate() as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Peserta')!
    sheet.addRow(EXAMPLE) // pasted from "Contoh", or left from a template downloaded before
    sheet.addRow(['Budi Santoso', nikSeries()(1), 'L', phoneSeries()(1), '', '', 'TBM', 'TBM Pelangi', '', 'Kabupaten Bandung', 'Cileunyi', 'Cinunuk'])
    const filled = Buffer.from(await workbook.xlsx.writeBuffer())
    const { operator, cohortId } = await importSetup()
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'peserta-terisi.xlsx', bytes: new Uint8Array(filled) })
    expect(preview.summary).toMatchObject({ total: 1, NEW: 1, ERROR: 0 })
    const { rows } = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(rows).toEqual([expect.objectContaining({ rowNumber: 3, status: 'NEW', name: 'Budi Santoso' })])

    // A file with nothing but the example says so.
    sheet.spliceRows(3, 1)
    const onlyExample = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(await readParticipantFile('a.xlsx', onlyExample)).toEqual({ ok: false, message: expect.stringMatching(/^Berkas hanya berisi baris contoh dari templat/) })
  })
})
