// The Excel exports of the recaps and the daftar hadir PDF: content, formula neutrality, audit, and
// who may have them — through the domain functions and through the route handlers.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { GET as cohortRecapRoute } from '@/app/api/presensi/rekap/kelas/[cohortId]/route'
import { GET as waveRecapRoute } from '@/app/api/presensi/rekap/gelombang/[waveId]/route'
import { GET as sheetRoute } from '@/app/api/presensi/[sessionId]/daftar-hadir/route'
import type { Actor } from '@/lib/auth/actor'
import { renderAttendanceSheetPdf } from '@/lib/server/attendance/attendance-sheet-pdf'
import { exportCohortAttendanceRecap, exportWaveAttendanceRates } from '@/lib/server/attendance/export-attendance-recap'
import { getAttendanceSheetOrThrow } from '@/lib/server/attendance/get-attendance-sheet'
import { getActor } from '@/lib/server/auth/session'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { buildRecapWorld, type RecapWorld } from './recap-world'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))

let w: RecapWorld
let workDir: string
const names: Record<string, string> = {}

async function sheetRows(body: Buffer | ArrayBuffer, index = 0): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(body as ArrayBuffer)
  const rows: unknown[][] = []
  workbook.worksheets[index].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

function pdfText(pdf: Buffer): string {
  const file = path.join(workDir, `sheet-${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'daftar-hadir-'))
  w = await buildRecapWorld()
  const db = testDb()
  // User text that a spreadsheet would run as a formula.
  const most = await db.enrolment.findUniqueOrThrow({ where: { id: w.most.enrolmentId }, select: { participantId: true } })
  await db.participant.update({ where: { id: most.participantId }, data: { name: '=HYPERLINK("http://contoh.id","klik")', institutionName: '@SUM(A1)' } })
  for (const e of [w.full, w.half, w.most]) {
    names[e.enrolmentId] = (await db.enrolment.findUniqueOrThrow({ where: { id: e.enrolmentId }, select: { participant: { select: { name: true } } } })).participant.name
  }
})
afterAll(() => workDir && rmSync(workDir, { recursive: true, force: true }))
beforeEach(() => vi.mocked(getActor).mockReset())

describe('cohort recap export', () => {
  it('lists each participant with letters per session, JP, share and the minimum; neutralises formulas; audits', async () => {
    const auditBefore = await testDb().auditLog.count({ where: { action: 'export', entity: 'AttendanceMark' } })
    const { body, rowCount, fileName } = await exportCohortAttendanceRecap(w.actors.operatorJabar, w.cohortA)
    expect(fileName).toMatch(/^rekap-presensi-kelas-jawa-barat-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowCount).toBe(3)
    const [header, ...rows] = await sheetRows(body)
    expect(header).toEqual(['No', 'Nama', 'Lembaga', 'S1 20/5', 'S2 21/5', 'S3 22/5', 'S4 23/5', 'JP hadir', 'Total JP', 'Persentase', 'Memenuhi minimum 80%'])
    const byName = (name: string) => rows.find((r) => r[1] === name)!
    expect(byName(names[w.half.enrolmentId]).slice(3)).toEqual(['H', 'T', 'A', 'I', 5, 10, 0.5, 'Tidak'])
    expect(byName(names[w.full.enrolmentId]).slice(3)).toEqual(['H', 'H', 'H', 'H', 10, 10, 1, 'Ya'])
    const neutralised = byName(`'=HYPERLINK("http://contoh.id","klik")`)
    expect(neutralised[2]).toBe(`'@SUM(A1)`)
    expect(neutralised.slice(3, 7)).toEqual(['H', 'H', 'H', undefined])
    // No cell anywhere holds a formula.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as unknown as ArrayBuffer)
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rekap', 'Sesi', 'Keterangan'])
    expect(await testDb().auditLog.count({ where: { action: 'export', entity: 'AttendanceMark' } })).toBe(auditBefore + 1)
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: 'export', entity: 'AttendanceMark', actorId: w.actors.operatorJabar.userId }, orderBy: { id: 'desc' } })
    expect(audit.after).toMatchObject({ kind: 'cohort-recap', filter: { cohortId: w.cohortA }, rowCount: 3 })
  })

  it('is refused outside the scope, and writes no audit record then', async () => {
    const auditBefore = await testDb().auditLog.count()
    await expectAppError(exportCohortAttendanceRecap(w.actors.operatorKaltim, w.cohortA), 'NOT_FOUND')
    await expectAppError(exportCohortAttendanceRecap(w.actors.trainerB, w.cohortA), 'NOT_FOUND')
    await expectAppError(exportCohortAttendanceRecap(w.actors.participant, w.cohortA), 'FORBIDDEN')
    expect(await testDb().auditLog.count()).toBe(auditBefore)
    expect((await exportCohortAttendanceRecap(w.actors.trainerA, w.cohortA)).rowCount).toBe(3)
  })
})

describe('wave rates export', () => {
  it('gives a row per cohort and the total; an operator only their province; trainers refused', async () => {
    const [header, ...rows] = await sheetRows((await exportWaveAttendanceRates(w.actors.admin, w.waveId)).body)
    expect(header[0]).toBe('Provinsi')
    expect(rows.map((r) => r[0])).toEqual(['Jawa Barat', 'Kalimantan Timur', 'Seluruh gelombang'])
    expect(rows[0].slice(2)).toEqual([3, 12, 8, 1, 1, 0, 1, 1, 0.75])
    const [, ...own] = await sheetRows((await exportWaveAttendanceRates(w.actors.operatorKaltim, w.waveId)).body)
    expect(own.map((r) => r[0])).toEqual(['Kalimantan Timur', 'Seluruh gelombang'])
    await expectAppError(exportWaveAttendanceRates(w.actors.trainerA, w.waveId), 'FORBIDDEN')
    await expectAppError(exportWaveAttendanceRates(w.actors.participant, w.waveId), 'FORBIDDEN')
  })
})

describe('daftar hadir PDF', () => {
  it('prints the session particulars and one row per participant; blank without statuses, filled with them', async () => {
    const blank = pdfText(await renderAttendanceSheetPdf(await getAttendanceSheetOrThrow(w.actors.trainerA, w.sessionsA[1], { filled: false })))
    for (const text of ['DAFTAR HADIR PESERTA', 'Kelas Jawa Barat', 'Hotel Uji', 'Kota Uji', 'WIB', 'Gelombang', 'Pelatih Ahli', 'Nama', 'Lembaga', 'Desa/Kab.', 'Tanda tangan']) expect(blank).toContain(text)
    expect(blank).toMatch(/Selasa, 21 Mei 2024 pukul 08\.00–10\.15 WIB/)
    for (const e of [w.full, w.half]) expect(blank).toContain(names[e.enrolmentId])
    expect(blank).not.toMatch(/\bTerlambat\b/)
    expect(blank).not.toMatch(/\bHadir\b(?! PESERTA)/)

    const filled = pdfText(await renderAttendanceSheetPdf(await getAttendanceSheetOrThrow(w.actors.operatorJabar, w.sessionsA[1], { filled: true })))
    expect(filled).toMatch(new RegExp(`${names[w.half.enrolmentId]}[\\s\\S]*?Terlambat`))
    expect(filled).toContain('Rekap: Hadir 2 · Terlambat 1 · Izin 0 · Sakit 0 · Alpa 0 · Belum dicatat 0 · Jumlah 3')
    // The withdrawn participant is not on the sheet.
    const withdrawnName = (await testDb().enrolment.findUniqueOrThrow({ where: { id: w.withdrawn.enrolmentId }, select: { participant: { select: { name: true } } } })).participant.name
    expect(filled).not.toContain(withdrawnName)
  })

  it('is refused to another trainer, another province, a participant and for a malformed id', async () => {
    await expectAppError(getAttendanceSheetOrThrow(w.actors.trainerB, w.sessionsA[0], { filled: true }), 'NOT_FOUND')
    await expectAppError(getAttendanceSheetOrThrow(w.actors.operatorKaltim, w.sessionsA[0], { filled: false }), 'NOT_FOUND')
    await expectAppError(getAttendanceSheetOrThrow(w.actors.participant, w.sessionsA[0], { filled: false }), 'FORBIDDEN')
    await expectAppError(getAttendanceSheetOrThrow(w.actors.admin, 'x'.repeat(2000), { filled: false }), 'NOT_FOUND')
  })
})

describe('route handlers', () => {
  const call = async (actor: Actor | null, run: () => Promise<Response>) => {
    vi.mocked(getActor).mockResolvedValue(actor)
    return run()
  }
  const sheet = (id: string, query = '') => () => sheetRoute(new Request(`http://localhost/api/presensi/${id}/daftar-hadir${query}`), { params: Promise.resolve({ sessionId: id }) })
  const cohortExport = (id: string) => () => cohortRecapRoute(new Request(`http://localhost/api/presensi/rekap/kelas/${id}`), { params: Promise.resolve({ cohortId: id }) })
  const waveExport = (id: string) => () => waveRecapRoute(new Request(`http://localhost/api/presensi/rekap/gelombang/${id}`), { params: Promise.resolve({ waveId: id }) })

  it('answers the allowed with the file and never caches it', async () => {
    const pdf = await call(w.actors.trainerA, sheet(w.sessionsA[0], '?isi=1'))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="daftar-hadir-terisi-kelas-jawa-barat-2024-05-20\.pdf"$/)
    expect(pdf.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const blank = await call(w.actors.admin, sheet(w.sessionsA[0]))
    expect(blank.headers.get('content-disposition')).toContain('daftar-hadir-kosong-')
    const xlsx = await call(w.actors.operatorJabar, cohortExport(w.cohortA))
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect((await call(w.actors.operatorJabar, waveExport(w.waveId))).status).toBe(200)
  })

  it('refuses signed out (401), participants (403), another scope and malformed ids (404), a bad parameter (400)', async () => {
    for (const run of [sheet(w.sessionsA[0]), cohortExport(w.cohortA), waveExport(w.waveId)]) {
      expect((await call(null, run)).status).toBe(401)
      expect((await call(w.actors.participant, run)).status).toBe(403)
    }
    expect((await call(w.actors.operatorKaltim, sheet(w.sessionsA[0]))).status).toBe(404)
    expect((await call(w.actors.trainerB, sheet(w.sessionsA[0]))).status).toBe(404)
    expect((await call(w.actors.operatorKaltim, cohortExport(w.cohortA))).status).toBe(404)
    expect((await call(w.actors.trainerB, cohortExport(w.cohortA))).status).toBe(404)
    expect((await call(w.actors.trainerA, waveExport(w.waveId))).status).toBe(403)
    expect((await call(w.actors.admin, sheet('not-a-uuid'))).status).toBe(404)
    expect((await call(w.actors.admin, sheet('%00\u0007'))).status).toBe(404)
    expect((await call(w.actors.admin, cohortExport('123'))).status).toBe(404)
    expect((await call(w.actors.admin, waveExport('123'))).status).toBe(404)
    const bad = await call(w.actors.admin, sheet(w.sessionsA[0], '?isi=ya'))
    expect(bad.status).toBe(400)
    expect(await bad.text()).toBe('Parameter isi harus 0 atau 1.')
  })
})
