// POST /api/presensi as the roster's queue uses it: JSON in, one result per mark out; anything
// malformed is a 400 in Indonesian and writes nothing; the route is for those who take attendance.
import { randomUUID } from 'node:crypto'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/presensi/route'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol } from '../../support/factories'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))

let trainer: Actor, operator: Actor, peserta: Actor
let sessionId: string, enrolmentId: string
beforeAll(async () => {
  const program = await createProgram()
  const cohort = await createCohort((await createWave(program.id)).id, '32')
  sessionId = (await createSession(cohort.id, new Date(Date.now() - 10 * 60_000))).id
  const t = await createTrainer('32')
  await assignTrainer(t.id, cohort.id)
  const p = await createParticipant('32')
  enrolmentId = (await enrol(p.id, cohort.id, program.id)).id
  trainer = (await createUser('PELATIH_AHLI', { trainerId: t.id })).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  peserta = (await createUser('PESERTA', { participantId: p.id })).actor
})
beforeEach(() => vi.mocked(getActor).mockReset())

function send(actor: Actor | null, body: string, headers: Record<string, string> = {}) {
  vi.mocked(getActor).mockResolvedValue(actor)
  return POST(new Request('http://localhost/api/presensi', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } }))
}
const batch = (marks: Record<string, unknown>[]) => JSON.stringify({ marks })
const mark = (over: Record<string, unknown> = {}) => ({ clientMutationId: randomUUID(), sessionId, enrolmentId, status: 'HADIR', markedAt: new Date().toISOString(), ...over })
const markCount = () => testDb().attendanceMark.count()

describe('POST /api/presensi', () => {
  it('applies a queued mark once and answers the same for the copy', async () => {
    const m = mark({ queued: true, status: 'TERLAMBAT', note: 'datang 09.10' })
    const first = await send(trainer, batch([m]))
    expect(first.status).toBe(200)
    expect(await first.json()).toMatchObject({ results: [{ clientMutationId: m.clientMutationId, outcome: 'APPLIED', current: { status: 'TERLAMBAT', method: 'OFFLINE_SYNC', note: 'datang 09.10' } }] })
    const again = await send(trainer, batch([m]))
    expect(await again.json()).toMatchObject({ results: [{ outcome: 'DUPLICATE' }] })
  })

  it('refuses the signed out, operators and participants before reading the body', async () => {
    const before = await markCount()
    expect((await send(null, batch([mark()]))).status).toBe(401)
    expect((await send(operator, batch([mark()]))).status).toBe(403)
    expect((await send(peserta, batch([mark({ method: 'SELF_CHECKIN' })]))).status).toBe(403)
    expect((await send(trainer, batch([mark()]), { Origin: 'https://penipu.example' })).status).toBe(403)
    expect(await markCount()).toBe(before)
  })

  it.each([
    ['not JSON', 'marks=1', 'Kiriman bukan JSON yang sah.'],
    ['not an object', '[1,2]', 'Kiriman tidak sesuai.'],
    ['no marks', batch([]), 'Periksa kembali isian yang ditandai.'],
    ['a bad time', batch([mark({ markedAt: 'kemarin' })]), 'Waktu penandaan tidak valid.'],
    ['a bad status', batch([mark({ status: 'HADIR\u0000' })]), 'Periksa kembali isian yang ditandai.'],
    ['a malformed id', batch([mark({ sessionId: '../../etc' })]), 'Periksa kembali isian yang ditandai.'],
    ['too many marks', batch(Array.from({ length: 201 }, () => mark())), 'Paling banyak 200 tanda kehadiran sekali kirim.'],
  ])('answers %s with 400 in Indonesian and writes nothing', async (_, body, message) => {
    const before = await markCount()
    const response = await send(trainer, body)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ message })
    expect(await markCount()).toBe(before)
  })
})
