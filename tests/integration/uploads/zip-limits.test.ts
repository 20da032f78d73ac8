// Zip bombs and other malicious workbooks, built in the test, against both imports: each is
// refused with a clear Indonesian message, quickly, within bounded memory, writing nothing.
// A 600 MB bomb of 600 KB took the former reader 11 s and 350 MB before it said anything.
import { beforeAll, describe, expect, it } from 'vitest'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { previewTrainerImport } from '@/lib/server/trainers/import/preview-trainer-import'
import { importRowCounts, importSetup } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { trainerActors, trainerRowCounts } from '../../support/trainer-factories'
import { nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'
import { trainerWorkbook } from '../../fixtures/trainer-workbooks'
import { measured, workbookWithBomb, workbookWithDuplicateEntry, workbookWithManyEntries } from '../../fixtures/zip-bombs'

const MB = 1024 * 1024
const TOO_LARGE = /^Isi berkas terlalu besar untuk diimpor \(lebih dari \d+ MB setelah dibuka\)\. Bagi menjadi beberapa berkas\.$/
const TOO_MANY_ENTRIES = 'Berkas berisi terlalu banyak bagian untuk sebuah berkas Excel. Simpan ulang dari Excel sebagai .xlsx.'
const BROKEN = /^Berkas rusak atau bukan berkas Excel \.xlsx yang valid/
// Margins for a loaded 2-core machine: the refusals below take milliseconds and a few MB.
const MAX_MS = 3000
const MAX_RSS_GROWTH_MB = 80

let setup: Awaited<ReturnType<typeof importSetup>>
let trainers: Awaited<ReturnType<typeof trainerActors>>
let participantFile: Buffer
let trainerFile: Buffer
beforeAll(async () => {
  setup = await importSetup()
  trainers = await trainerActors()
  participantFile = await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))])
  trainerFile = await trainerWorkbook([['Dewi Lestari', 'dewi.zip@contoh.id', '', 'Jawa Barat', '', '']])
})

const imports = [
  {
    name: 'participant import',
    file: () => participantFile,
    preview: (bytes: Buffer) => previewParticipantImport(setup.operator, { cohortId: setup.cohortId, fileName: 'peserta.xlsx', bytes }),
    counts: () => importRowCounts(),
  },
  {
    name: 'trainer import',
    file: () => trainerFile,
    preview: (bytes: Buffer) => previewTrainerImport(trainers.admin, { fileName: 'pelatih.xlsx', bytes }),
    counts: () => trainerRowCounts(),
  },
]

describe.each(imports)('$name', ({ file, preview, counts }) => {
  it.each([
    ['declares 1 KB in both headers, inflates to 600 MB', { inflatesTo: 600 * MB, declaredSize: 1024 }],
    ['declares nothing in the local header (data descriptor), 1 KB in the central one', { inflatesTo: 600 * MB, declaredSize: 1024, dataDescriptor: true }],
    ['declares 1 KB in a zip64 field', { inflatesTo: 600 * MB, declaredSize: 1024, zip64: true }],
    ['declares 0 bytes', { inflatesTo: 600 * MB, declaredSize: 0 }],
  ])('refuses a zip bomb that %s', async (_, bomb) => {
    const bytes = await workbookWithBomb(file(), bomb)
    expect(bytes.length).toBeLessThan(MB)
    const before = await counts()
    const { result, ms, rssGrowthMb } = await measured(() => expectAppError(preview(bytes), 'VALIDATION', TOO_LARGE))
    expect(result.fieldErrors?.file?.[0]).toMatch(TOO_LARGE)
    expect(ms).toBeLessThan(MAX_MS)
    expect(rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB)
    expect(await counts()).toEqual(before)
  })

  it('refuses a bomb that declares an honest-looking size just under the budget, inflating no further', async () => {
    // 600 MB of zeros declared as 15 MB: within every budget, so inflating starts, and stops at 15 MB.
    const bytes = await workbookWithBomb(file(), { inflatesTo: 600 * MB, declaredSize: 15 * MB })
    const { ms, rssGrowthMb } = await measured(() => expectAppError(preview(bytes), 'VALIDATION', TOO_LARGE))
    expect(ms).toBeLessThan(MAX_MS)
    expect(rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB)
  })

  it('refuses thousands of entries before reading one', async () => {
    const bytes = await workbookWithManyEntries(file(), 5000)
    const before = await counts()
    const { ms, rssGrowthMb } = await measured(() => expectAppError(preview(bytes), 'VALIDATION', TOO_MANY_ENTRIES))
    expect(ms).toBeLessThan(MAX_MS)
    expect(rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB)
    expect(await counts()).toEqual(before)
  })

  it('refuses an archive that names one part twice', async () => {
    await expectAppError(preview(await workbookWithDuplicateEntry(file())), 'VALIDATION', BROKEN)
  })

  it('still reads a normal workbook, also one rebuilt entry by entry', async () => {
    expect((await preview(file())).summary).toMatchObject({ total: 1, NEW: 1 })
    // The same parts written by the test's own zip writer, sizes true: nothing in it is refused.
    expect((await preview(await workbookWithManyEntries(file(), 0))).summary).toMatchObject({ total: 1, NEW: 1 })
  })
})
