// POST /api/presensi/laporan as the upload form uses it: multipart in, { reportId } out; everything
// malformed, oversized or hidden-character-laden is a 4xx in Indonesian, never a 500, and writes nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/presensi/laporan/route'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { createOnlineSession, zoomReportBytes } from '../../support/meeting-report-factories'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))

let trainer: Actor, otherTrainer: Actor, operator: Actor, otherOperator: Actor, peserta: Actor
let sessionId: string, report: Uint8Array
beforeAll(async () => {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const cohort = await createCohort(wave.id, '32')
  const other = await createCohort(wave.id, '64')
  sessionId = (await createOnlineSession(cohort.id)).id
  const t = await createTrainer('32')
  const t2 = await createTrainer('64')
  await assignTrainer(t.id, cohort.id)
  await assignTrainer(t2.id, other.id)
  const p = await createParticipant('32')
  await enrol(p.id, cohort.id, program.id)
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: t2.id })).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  peserta = (await createUser('PESERTA', { participantId: p.id })).actor
  report = await zoomReportBytes(sessionId, [{ name: 'Dewi L - Perpusdes Sukamaju', from: 0, to: 120 }])
})
beforeEach(() => vi.mocked(getActor).mockReset())

function upload(actor: Actor | null, fields: Record<string, string | Blob>, fileName = 'participants.csv') {
  vi.mocked(getActor).mockResolvedValue(actor)
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Blob) form.set(k, v, fileName)
    else form.set(k, v)
  }
  return POST(new Request('http://localhost/api/presensi/laporan', { method: 'POST', body: form }))
}
const csv = (bytes: Uint8Array | string) => new Blob([bytes as BlobPart], { type: 'text/csv' })
const reports = () => testDb().attendanceReport.count()

describe('POST /api/presensi/laporan', () => {
  it('stores a preview for the session\'s trainer and its province\'s operator', async () => {
    for (const actor of [trainer, operator]) {
      const response = await upload(actor, { sessionId, file: csv(report) })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ reportId: expect.any(String), alreadyAppliedAt: null })
    }
  })

  it.each([
    ['signed out', () => null, 401],
    ['a participant', () => peserta, 403],
    ['another cohort\'s trainer', () => otherTrainer, 404],
    ['another province\'s operator', () => otherOperator, 404],
  ])('refuses %s, storing nothing', async (_, who, status) => {
    const before = await reports()
    const response = await upload(who(), { sessionId, file: csv(report) })
    expect(response.status).toBe(status)
    expect((await response.json()).message).toMatch(/\S/)
    expect(await reports()).toBe(before)
  })

  it.each([
    ['no file', () => ({ sessionId }), 400, /Pilih berkas/],
    ['an empty file', () => ({ sessionId, file: csv('') }), 400, /Pilih berkas/],
    ['a malformed session id', () => ({ sessionId: 'bukan-id', file: csv(report) }), 404, /Sesi tidak ditemukan/],
    ['a session id with control characters', () => ({ sessionId: `${sessionId}\u0000`, file: csv(report) }), 404, /Sesi tidak ditemukan/],
    ['a binary file', () => ({ sessionId, file: csv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2])) }), 400, /bukan laporan CSV/],
    ['a CSV without the participants columns', () => ({ sessionId, file: csv('Nama;Alamat\nDewi;Bandung\n') }), 400, /Kolom peserta tidak ditemukan/],
    ['control characters instead of a report', () => ({ sessionId, file: csv('\u0001\u0002\u001b[31m\u007f') }), 400, /\S/],
  ])('refuses %s with a message', async (_, fields, status, message) => {
    const before = await reports()
    const response = await upload(operator, fields())
    expect(response.status).toBe(status)
    expect((await response.json()).message).toMatch(message)
    expect(await reports()).toBe(before)
  })

  it('refuses a file that is not CSV by its name', async () => {
    const response = await upload(operator, { sessionId, file: csv(report) }, 'laporan.xlsx')
    expect(response.status).toBe(400)
    expect((await response.json()).message).toMatch(/CSV/)
  })

  it('refuses more than 2 MB with 413', async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 100 * 1024).fill(0x41)
    const response = await upload(operator, { sessionId, file: csv(big) })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ message: 'Ukuran berkas maksimal 2 MB.' })
  })

  it('refuses a cross-site post', async () => {
    vi.mocked(getActor).mockResolvedValue(operator)
    const form = new FormData()
    form.set('sessionId', sessionId)
    const response = await POST(new Request('http://localhost/api/presensi/laporan', { method: 'POST', body: form, headers: { origin: 'https://evil.example', host: 'localhost' } }))
    expect(response.status).toBe(403)
  })
})
