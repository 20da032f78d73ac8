// Hidden characters in imported files (decision 017): a control character or a direction override in a cell makes
// its row an error with an Indonesian message, like the form; the preview is stored without them
// (PostgreSQL refuses NUL, 22021) and nothing reaches the participants or trainers.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { previewTrainerImport } from '@/lib/server/trainers/import/preview-trainer-import'
import { importRowCounts, importSetup } from '../../support/import-factories'
import { trainerActors } from '../../support/trainer-factories'
import { nikSeries, participantCsv, participantRow, phoneSeries } from '../../fixtures/participant-files'
import { trainerWorkbook } from '../../fixtures/trainer-workbooks'

const HIDDEN = 'berisi karakter tersembunyi yang tidak diizinkan (karakter kontrol atau pengubah arah teks).'

let setup: Awaited<ReturnType<typeof importSetup>>
let admin: Actor
beforeAll(async () => {
  setup = await importSetup()
  ;({ admin } = await trainerActors())
})

describe('participant import', () => {
  it('refuses a CSV file holding a NUL as a whole', async () => {
    const file = participantCsv([participantRow(nikSeries()(1), phoneSeries()(1), { 'Nama Lengkap': 'Siti\u0000Aminah' })])
    await expect(previewParticipantImport(setup.operator, { cohortId: setup.cohortId, fileName: 'peserta.csv', bytes: file }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: 'Berkas bukan berkas teks CSV. Simpan ulang dari Excel sebagai CSV atau .xlsx.' })
  })

  it('refuses a row with a control character or a direction override, and stores its preview without them', async () => {
    const nik = nikSeries()
    const phone = phoneSeries()
    const file = participantCsv([
      /* 2 */ participantRow(nik(1), phone(1), { 'Nama Lengkap': 'Siti\u001BAminah' }),
      /* 3 */ participantRow(nik(2), phone(2), { 'Nama Perpustakaan': 'TBM \u202Eilegnap', 'Email': 'a\u0007@contoh.id' }),
      /* 4 */ participantRow(nik(3), phone(3), { 'Nama Lengkap': 'Budi\tSantoso' }),
    ])
    const before = await importRowCounts()
    const preview = await previewParticipantImport(setup.operator, { cohortId: setup.cohortId, fileName: 'peserta\u0000.csv', bytes: file })
    expect(preview.summary).toMatchObject({ total: 3, NEW: 1, ERROR: 2 })
    expect(await importRowCounts()).toEqual({ ...before, batches: before.batches + 1 })

    const { rows, batch } = await getParticipantImport(setup.operator, { batchId: preview.batchId })
    expect(batch.fileName).toBe('peserta.csv')
    const at = (n: number) => rows.find((r) => r.rowNumber === n)!
    expect(at(2)).toMatchObject({ status: 'ERROR', name: 'SitiAminah', messages: [`Nama Lengkap: ${HIDDEN} Ketik ulang isi sel ini.`] })
    expect(at(3).status).toBe('ERROR')
    expect(at(3).messages).toEqual([`Email: ${HIDDEN} Ketik ulang isi sel ini.`, `Nama Lembaga: ${HIDDEN} Ketik ulang isi sel ini.`])
    expect(at(4)).toMatchObject({ status: 'NEW', name: 'Budi Santoso' })
  })
})

describe('trainer import', () => {
  it('refuses a row with a direction override in Indonesian (a workbook cannot hold C0 controls)', async () => {
    const email = () => `pelatih.${randomUUID().slice(0, 8)}@contoh.id`
    const result = await previewTrainerImport(admin, {
      fileName: 'pelatih.xlsx',
      bytes: await trainerWorkbook([
        ['Rina\u202E Marlina', email(), '', 'Jawa Barat', '', ''],
        ['Dewi Lestari', email(), '', 'Jawa Barat', 'Dinas\u202D Perpustakaan', 'Advokasi, Literasi\u2066 Digital'],
      ]),
    })
    expect(result.token).toBeNull()
    expect(result.rows.map((r) => [r.status, r.messages])).toEqual([
      ['ERROR', [`Nama: Nama ${HIDDEN} Ketik ulang isian ini.`]],
      ['ERROR', [`Instansi: Instansi ${HIDDEN} Ketik ulang isian ini.`, `Keahlian: Keahlian ${HIDDEN} Ketik ulang isian ini.`]],
    ])
  })
})
