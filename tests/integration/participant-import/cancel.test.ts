// Ending a preview without saving it: cancelled by its officer or expired after PREVIEW_DAYS. The
// rows (NIK ciphertexts of people never registered) go; nothing else changes.
import { beforeAll, describe, expect, it } from 'vitest'
import { cancelParticipantImport } from '@/lib/server/participants/import/cancel-participant-import'
import { expireStaleImportPreviews, EXPIRED_MESSAGE, PREVIEW_DAYS } from '@/lib/server/participants/import/expire-stale-import-previews'
import { listRecentImports } from '@/lib/server/participants/import/list-recent-imports'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { testDb } from '../../support/database'
import { importRowCounts, importSetup } from '../../support/import-factories'
import { expectAppError } from '../../support/scheduling-factories'
import { nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

let setup: Awaited<ReturnType<typeof importSetup>>
beforeAll(async () => (setup = await importSetup()))

const nik = nikSeries()
const phone = phoneSeries()
let next = 0
/** A preview of a fresh two-row file (new NIKs and phones each time). */
async function previewTwoRows(actor = setup.operator) {
  const rows = [participantRow(nik(next), phone(next)), participantRow(nik(next + 1), phone(next + 1))]
  next += 2
  return previewParticipantImport(actor, { cohortId: setup.cohortId, fileName: 'peserta.xlsx', bytes: await participantWorkbook(rows) })
}
const batchOf = (id: string) => testDb().importBatch.findUniqueOrThrow({ where: { id }, select: { status: true, error: true, summary: true } })
const rowsOf = (batchId: string) => testDb().importRow.count({ where: { batchId } })
const ageBy = (batchId: string, days: number) => testDb().importBatch.update({ where: { id: batchId }, data: { createdAt: new Date(Date.now() - days * 86_400_000) } })

describe('cancelParticipantImport', () => {
  it('ends the preview: its rows go, the batch stays with its counts, and it can no longer be confirmed', async () => {
    const { batchId } = await previewTwoRows()
    expect(await rowsOf(batchId)).toBe(2)
    const before = await importRowCounts()
    await cancelParticipantImport(setup.operator, { batchId })
    expect(await batchOf(batchId)).toMatchObject({ status: 'CANCELLED', error: null, summary: { NEW: 2 } })
    expect(await rowsOf(batchId)).toBe(0)
    const after = await importRowCounts()
    expect({ ...after, audit: before.audit }).toEqual(before) // no participant, enrolment…: only the audit record
    expect(await testDb().auditLog.count({ where: { action: 'cancel', entity: 'ImportBatch', entityId: batchId, actorId: setup.operator.userId } })).toBe(1)

    await expectAppError(confirmParticipantImport(setup.operator, { batchId }), 'CONFLICT', /sudah dikonfirmasi atau dibatalkan/)
    await expectAppError(cancelParticipantImport(setup.operator, { batchId }), 'CONFLICT', 'Impor ini sudah disimpan atau dibatalkan.')
  })

  it('cannot cancel a saved import', async () => {
    const { batchId } = await previewTwoRows()
    await confirmParticipantImport(setup.operator, { batchId })
    await expectAppError(cancelParticipantImport(setup.operator, { batchId }), 'CONFLICT')
    expect((await batchOf(batchId)).status).toBe('COMMITTED')
  })

  it('is refused outside the cohort\'s scope, changing nothing', async () => {
    const { batchId } = await previewTwoRows()
    await expectAppError(cancelParticipantImport(setup.otherOperator, { batchId }), 'NOT_FOUND')
    await expectAppError(cancelParticipantImport(setup.pelatih, { batchId }), 'FORBIDDEN')
    await expectAppError(cancelParticipantImport(setup.peserta, { batchId }), 'FORBIDDEN')
    await expectAppError(cancelParticipantImport(setup.operator, { batchId: 'bukan-id' }), 'NOT_FOUND')
    expect((await batchOf(batchId)).status).toBe('PREVIEW')
    expect(await rowsOf(batchId)).toBe(2)
    // Admin Pusat may end any province's preview.
    await cancelParticipantImport(setup.admin, { batchId })
    expect((await batchOf(batchId)).status).toBe('CANCELLED')
  })
})

describe('expired previews', () => {
  it(`cannot be confirmed after ${PREVIEW_DAYS} days, and the next upload clears them`, async () => {
    const stale = await previewTwoRows()
    const recent = await previewTwoRows()
    await ageBy(stale.batchId, PREVIEW_DAYS + 1)
    await ageBy(recent.batchId, PREVIEW_DAYS - 1)
    const before = await importRowCounts()
    await expectAppError(confirmParticipantImport(setup.operator, { batchId: stale.batchId }), 'CONFLICT', /^Kedaluwarsa/)
    expect(await importRowCounts()).toEqual(before)

    await previewTwoRows(setup.admin) // anyone's upload sweeps
    expect(await batchOf(stale.batchId)).toMatchObject({ status: 'CANCELLED', error: expect.stringMatching(/^Kedaluwarsa/) })
    expect(await rowsOf(stale.batchId)).toBe(0)
    expect((await batchOf(recent.batchId)).status).toBe('PREVIEW')
    expect(await rowsOf(recent.batchId)).toBe(2)
    expect(await expireStaleImportPreviews()).toBe(0)
    // "Unggahan terakhir Anda" tells an expired preview from one cancelled by hand.
    expect((await listRecentImports(setup.operator)).find((b) => b.id === stale.batchId)).toMatchObject({ status: 'CANCELLED', error: EXPIRED_MESSAGE })
    expect((await confirmParticipantImport(setup.operator, { batchId: recent.batchId })).created).toBe(2)
  })
})
