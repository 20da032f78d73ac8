// The downloadable template must be a file the import itself reads: its example row previews as new.
import { describe, expect, it } from 'vitest'
import { buildParticipantTemplate } from '@/lib/server/participants/import/build-participant-template'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { importSetup } from '../../support/import-factories'

describe('participant import template', () => {
  it('is read back by the import, its example row a new participant', async () => {
    const { operator, cohortId } = await importSetup()
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'templat-impor-peserta.xlsx', bytes: new Uint8Array(await buildParticipantTemplate()) })
    expect(preview.summary).toMatchObject({ total: 1, NEW: 1, ERROR: 0, DUPLICATE: 0 })
    const { rows } = await getParticipantImport(operator, { batchId: preview.batchId })
    expect(rows[0]).toMatchObject({ status: 'NEW', name: 'Siti Aminah', nikMasked: '3204********0001', messages: [] })
  })
})
