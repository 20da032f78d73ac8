// GET /api/pelatih/presensi/[sessionId]/kode over its handler: only the session's trainers and
// Admin Pusat get a code; everyone else a refusal with nothing of the code in it.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { GET } from '@/app/api/pelatih/presensi/[sessionId]/kode/route'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'bimtek.test', 'x-forwarded-proto': 'https' }) }))

let sessionId: string
const actors: Record<string, Actor> = {}

beforeAll(async () => {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const cohort = await createCohort(wave.id, '32')
  const otherCohort = await createCohort(wave.id, '64')
  const trainer = await createTrainer('32')
  await assignTrainer(trainer.id, cohort.id)
  const otherTrainer = await createTrainer('64')
  await assignTrainer(otherTrainer.id, otherCohort.id)
  const participant = await createParticipant('32')
  await enrol(participant.id, cohort.id, program.id)
  const startsAt = new Date(Date.now() - 60_000)
  sessionId = (await testDb().session.create({
    data: { cohortId: cohort.id, title: 'Advokasi', kind: 'MODULE', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), jp: 2, mode: 'DARING' },
    select: { id: true },
  })).id
  actors.admin = (await createUser('ADMIN_PUSAT')).actor
  actors.trainer = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
  actors.otherTrainer = (await createUser('PELATIH_AHLI', { trainerId: otherTrainer.id })).actor
  actors.operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  actors.participant = (await createUser('PESERTA', { participantId: participant.id })).actor
})

async function get(as: Actor | null, id = sessionId) {
  vi.mocked(getActor).mockResolvedValue(as)
  const response = await GET(new Request(`https://bimtek.test/api/pelatih/presensi/${id}/kode`), { params: Promise.resolve({ sessionId: id }) })
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() as Record<string, unknown> }
}

describe('the code route', () => {
  it('gives the session\'s trainer and Admin Pusat the current code, never cached', async () => {
    for (const who of ['trainer', 'admin']) {
      const { status, cache, body } = await get(actors[who])
      expect(status).toBe(200)
      expect(cache).toContain('no-store')
      expect(body.code).toMatch(/^[34679ACEFGHJKMNPRTWXY]{6}$/)
      expect(body.checkInUrl).toBe(`https://bimtek.test/peserta/hadir/${sessionId}?kode=${body.code}`)
    }
  })

  it('refuses another cohort\'s trainer, an operator, a participant and a signed-out visitor', async () => {
    expect((await get(actors.otherTrainer)).status).toBe(404)
    expect((await get(actors.operator)).status).toBe(403)
    expect((await get(actors.participant)).status).toBe(403)
    const signedOut = await get(null)
    expect(signedOut.status).toBe(401)
    for (const who of ['otherTrainer', 'operator', 'participant']) expect((await get(actors[who])).body).not.toHaveProperty('code')
  })

  it('answers a malformed id with 404', async () => {
    for (const id of ['bukan-id', `${'a'.repeat(5000)}`, '%00']) expect((await get(actors.trainer, id)).status).toBe(404)
  })
})
