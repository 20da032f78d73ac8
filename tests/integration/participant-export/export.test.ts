import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { decryptNik } from '@/lib/server/crypto/nik'
import { exportParticipants } from '@/lib/server/participant-export/export-participants'
import { testDb } from '../../support/database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

let admin: Actor, operatorJabar: Actor, operatorKaltim: Actor, pelatih: Actor
let jabarCohortId: string, waveId: string, plainNik: string

async function sheetRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(body as unknown as ArrayBuffer)
  const rows: string[][] = []
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

beforeAll(async () => {
  admin = (await createUser('ADMIN_PUSAT')).actor
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  pelatih = (await createUser('PELATIH_AHLI', { trainerId: (await createTrainer('32')).id })).actor
  const program = await createProgram()
  const wave = await createWave(program.id)
  waveId = wave.id
  jabarCohortId = (await createCohort(wave.id, '32')).id
  const kaltimCohortId = (await createCohort(wave.id, '64')).id
  const jabar = await createParticipant('32')
  await testDb().participant.update({ where: { id: jabar.id }, data: { name: '=HYPERLINK("http://contoh.id","klik")', institutionName: '+cmd|/c calc' } })
  await enrol(jabar.id, jabarCohortId, program.id)
  await enrol((await createParticipant('64')).id, kaltimCohortId, program.id)
  plainNik = decryptNik((await testDb().participant.findUniqueOrThrow({ where: { id: jabar.id }, select: { nikCiphertext: true } })).nikCiphertext)
})

describe('participant export', () => {
  it('gives an operator their cohort as Excel, NIK masked, formulas neutralised, and audits it', async () => {
    const { body, rowCount, fileName } = await exportParticipants(operatorJabar, { cohortId: jabarCohortId })
    expect(fileName).toMatch(/^peserta-bimtek-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowCount).toBe(1)
    const [header, row] = await sheetRows(body)
    expect(header.slice(0, 4)).toEqual(['Nama', 'NIK', 'L/P', 'Nomor HP'])
    expect(row[0]).toBe(`'=HYPERLINK("http://contoh.id","klik")`)
    expect(row[6]).toBe(`'+cmd|/c calc`)
    expect(row[1]).toMatch(/^32\d{2}\*{8}\d{4}$/)
    expect(row.join('|')).not.toContain(plainNik)
    expect(row[3]).toMatch(/^\+62\d+$/)
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: 'export', actorId: operatorJabar.userId } })
    expect(audit.after).toMatchObject({ rowCount: 1, withNik: false })
  })

  it('keeps each operator to their province, whatever the filter', async () => {
    // Another province's cohort or province is refused outright, not answered with an empty file.
    await expectAppError(exportParticipants(operatorKaltim, { cohortId: jabarCohortId }), 'NOT_FOUND', 'Kelas tidak ditemukan')
    await expectAppError(exportParticipants(operatorKaltim, { provinceCode: '32' }), 'FORBIDDEN', 'provinsi Anda')
    expect((await exportParticipants(operatorKaltim, { provinceCode: '64' })).rowCount).toBe(1)
    expect((await exportParticipants(operatorKaltim, { waveId })).rowCount).toBe(1)
    expect((await exportParticipants(admin, { waveId })).rowCount).toBe(2)
  })

  it('exports full NIKs only with the explicit permission, and says so in the audit log', async () => {
    await expectAppError(exportParticipants(operatorJabar, { cohortId: jabarCohortId, withNik: '1' }), 'FORBIDDEN', 'NIK lengkap')
    const { body } = await exportParticipants(admin, { cohortId: jabarCohortId, withNik: '1' })
    expect((await sheetRows(body))[1][1]).toBe(plainNik)
    expect(await testDb().auditLog.count({ where: { action: 'export-with-nik', actorId: admin.userId } })).toBe(1)
  })

  it('is refused to trainers and rejects malformed filters', async () => {
    await expectAppError(exportParticipants(pelatih, { cohortId: jabarCohortId }), 'FORBIDDEN')
    await expectAppError(exportParticipants(admin, { cohortId: 'x' }), 'VALIDATION')
  })
})
