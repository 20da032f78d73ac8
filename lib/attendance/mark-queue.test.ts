import { describe, expect, it } from 'vitest'
import { allPresentMarks, batchesOf, countRoster, entryView, makeMark, matchesSearch, requestBody, settle, type QueuedMark } from './mark-queue'

const S = '0190a0b0-0000-7000-8000-000000000001'
let n = 0
const newId = () => `id-${String(++n).padStart(8, '0')}`
const mark = (enrolmentId: string, status: QueuedMark['status'], at: string, note: string | null = null): QueuedMark =>
  makeMark({ sessionId: S, enrolmentId, status, note }, new Date(at), true, newId)

describe('the roster queue', () => {
  it('shows the latest waiting tap over the server mark, and the server mark otherwise', () => {
    const server = { status: 'HADIR' as const, method: 'TRAINER' as const, markedAt: '2026-12-05T01:00:00Z', note: null }
    expect(entryView(server, [])).toEqual({ status: 'HADIR', note: null, pending: false })
    const pending = [mark('e1', 'SAKIT', '2026-12-05T02:00:00Z', 'demam'), mark('e1', 'IZIN', '2026-12-05T01:30:00Z')]
    expect(entryView(server, pending)).toEqual({ status: 'SAKIT', note: 'demam', pending: true })
    expect(entryView(null, [])).toEqual({ status: null, note: null, pending: false })
  })

  it('counts statuses, unmarked and waiting marks', () => {
    const counts = countRoster([
      { status: 'HADIR', note: null, pending: true }, { status: 'HADIR', note: null, pending: false },
      { status: 'ALPA', note: null, pending: false }, { status: null, note: null, pending: false },
    ])
    expect(counts).toMatchObject({ HADIR: 2, ALPA: 1, unmarked: 1, pending: 1, total: 4 })
  })

  it('"Semua hadir" marks only those with no mark at all, each with its own mutation id', () => {
    const entries = [
      { enrolmentId: 'e1', view: { status: null, note: null, pending: false } },
      { enrolmentId: 'e2', view: { status: 'SAKIT' as const, note: null, pending: true } },
      { enrolmentId: 'e3', view: { status: null, note: null, pending: false } },
    ]
    const marks = allPresentMarks(S, entries, new Date('2026-12-05T01:00:00Z'), false, newId)
    expect(marks.map((m) => [m.enrolmentId, m.status, m.queued])).toEqual([['e1', 'HADIR', true], ['e3', 'HADIR', true]])
    expect(new Set(marks.map((m) => m.clientMutationId)).size).toBe(2)
  })

  it('sends the oldest first in batches of at most the server limit, with the contract fields', () => {
    const queue = Array.from({ length: 450 }, (_, i) => mark(`e${i}`, 'HADIR', new Date(Date.UTC(2026, 11, 5, 1, 0, 450 - i)).toISOString()))
    const batches = batchesOf(queue)
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50])
    expect(batches[0][0].enrolmentId).toBe('e449')
    const body = requestBody([mark('e1', 'IZIN', '2026-12-05T01:00:00Z', 'rapat desa')])
    expect(body.marks[0]).toEqual(expect.objectContaining({ enrolmentId: 'e1', status: 'IZIN', note: 'rapat desa', queued: false, markedAt: '2026-12-05T01:00:00.000Z' }))
    expect(requestBody([mark('e2', 'HADIR', '2026-12-05T01:00:00Z')]).marks[0]).not.toHaveProperty('note')
  })

  it('settles what the server answered and keeps what it did not mention', () => {
    const batch = [mark('e1', 'HADIR', '2026-12-05T01:00:00Z'), mark('e2', 'HADIR', '2026-12-05T01:00:00Z'), mark('e3', 'HADIR', '2026-12-05T01:00:00Z')]
    const current = { status: 'HADIR' as const, method: 'TRAINER' as const, markedAt: '2026-12-05T01:00:00Z', note: null }
    const settled = settle(batch, [
      { clientMutationId: batch[0].clientMutationId, outcome: 'APPLIED', current },
      { clientMutationId: batch[1].clientMutationId, outcome: 'REFUSED', message: 'Presensi sesi ini terkunci.' },
      { clientMutationId: 'someone-else', outcome: 'APPLIED' },
    ])
    expect(settled.done).toEqual([batch[0].clientMutationId, batch[1].clientMutationId])
    expect(settled.current).toEqual([{ sessionId: S, enrolmentId: 'e1', mark: current }])
    expect(settled.refused.map((r) => r.message)).toEqual(['Presensi sesi ini terkunci.'])
  })

  it('finds names regardless of case and accents', () => {
    expect(matchesSearch('Dewi Lestari', 'dewi')).toBe(true)
    expect(matchesSearch('Élan Saputra', 'elan')).toBe(true)
    expect(matchesSearch('Budi', 'sari')).toBe(false)
    expect(matchesSearch('Budi', '  ')).toBe(true)
  })
})
