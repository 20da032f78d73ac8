// An upload's preview survives a reload: the officer finds their own recent uploads, no one else's.
import { describe, expect, it } from 'vitest'
import { listRecentImports } from '@/lib/server/participants/import/list-recent-imports'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { importSetup } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

describe('recent imports', () => {
  it('lists the officer\'s own uploads, newest first, with the cohort and its time zone', async () => {
    const { operator, otherOperator, admin, pelatih, cohortId } = await importSetup()
    const bytes = new Uint8Array(await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))]))
    const first = await previewParticipantImport(operator, { cohortId, fileName: 'pertama.xlsx', bytes })
    const second = await previewParticipantImport(operator, { cohortId, fileName: 'kedua.xlsx', bytes })
    const mine = await listRecentImports(operator)
    expect(mine.map((b) => b.id)).toEqual([second.batchId, first.batchId])
    expect(mine[0]).toMatchObject({ fileName: 'kedua.xlsx', status: 'PREVIEW', cohortName: 'Kelas Jawa Barat', timeZoneLabel: 'WIB', summary: expect.objectContaining({ total: 1, NEW: 1 }) })
    expect(await listRecentImports(otherOperator)).toEqual([])
    expect(await listRecentImports(admin)).toEqual([])
    await expectAppError(listRecentImports(pelatih), 'FORBIDDEN')
  })
})
