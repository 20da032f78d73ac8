// The route handlers that read a body: session and permission before a byte of it, then at most
// the route's limit, counted, whether or not the request says its length. Bodies here are streams
// made on demand, so the test knows exactly how many bytes a handler pulled.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST as importParticipants } from '@/app/api/peserta/impor/route'
import { POST as printCards } from '@/app/api/peserta/kartu/route'
import { POST as printSelectionCards } from '@/app/api/peserta/pilihan/kartu/route'
import { POST as exportSelection } from '@/app/api/peserta/pilihan/ekspor/route'
import { POST as importTrainers } from '@/app/api/admin/pelatih/impor/route'
import { POST as sendMarks } from '@/app/api/presensi/route'
import { POST as uploadReport } from '@/app/api/presensi/laporan/route'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { importRowCounts, importSetup } from '../../support/import-factories'
import { nikSeries, participantRow, participantWorkbook, phoneSeries } from '../../fixtures/participant-files'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))

const MB = 1024 * 1024
const CHUNK = 64 * 1024

let setup: Awaited<ReturnType<typeof importSetup>>
beforeAll(async () => (setup = await importSetup()))
beforeEach(() => vi.mocked(getActor).mockReset())

/** A body of `size` bytes made only when pulled (no read-ahead), counting what was pulled. */
function countedBody(size: number, bytes?: Uint8Array) {
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= size) return controller.close()
      const length = Math.min(CHUNK, size - counter.pulled)
      controller.enqueue(bytes ? bytes.subarray(counter.pulled, counter.pulled + length) : new Uint8Array(length).fill(0x61))
      counter.pulled += length
    },
  }, { highWaterMark: 0 })
  return { stream, counter }
}

function post(url: string, actor: Actor | null, size: number, headers: Record<string, string> = {}, bytes?: Uint8Array) {
  vi.mocked(getActor).mockResolvedValue(actor)
  const { stream, counter } = countedBody(size, bytes)
  const request = new Request(url, {
    method: 'POST', body: stream, duplex: 'half',
    headers: { 'Content-Type': 'multipart/form-data; boundary=----batas', ...headers },
  } as RequestInit)
  return { request, counter }
}

const routes = [
  { name: 'participant import', url: 'http://localhost/api/peserta/impor', handler: importParticipants, limit: 5 * MB + 64 * 1024, message: 'Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.', allowed: () => setup.operator, refused: () => setup.peserta },
  { name: 'trainer import', url: 'http://localhost/api/admin/pelatih/impor', handler: importTrainers, limit: 2 * MB + 64 * 1024, message: 'Ukuran berkas maksimal 2 MB.', allowed: () => setup.admin, refused: () => setup.operator },
  { name: 'attendance marks', url: 'http://localhost/api/presensi', handler: sendMarks, limit: 256 * 1024, message: 'Kiriman terlalu besar. Kirim tanda kehadiran sedikit demi sedikit.', allowed: () => setup.admin, refused: () => setup.peserta },
  { name: 'meeting report', url: 'http://localhost/api/presensi/laporan', handler: uploadReport, limit: 2 * MB + 64 * 1024, message: 'Ukuran berkas maksimal 2 MB.', allowed: () => setup.operator, refused: () => setup.peserta },
  { name: 'participant cards', url: 'http://localhost/api/peserta/kartu', handler: printCards, limit: 128 * 1024, message: 'Permintaan terlalu besar.', allowed: () => setup.operator, refused: () => setup.peserta },
  // Bulk actions of the participant list (decision 037): up to 2,000 ids and the filter.
  { name: 'cards of a selection', url: 'http://localhost/api/peserta/pilihan/kartu', handler: printSelectionCards, limit: 128 * 1024, message: 'Permintaan terlalu besar.', allowed: () => setup.operator, refused: () => setup.peserta },
  { name: 'export of a selection', url: 'http://localhost/api/peserta/pilihan/ekspor', handler: exportSelection, limit: 128 * 1024, message: 'Permintaan terlalu besar.', allowed: () => setup.operator, refused: () => setup.peserta },
]

const messageOf = async (response: Response) =>
  response.headers.get('content-type')?.includes('json') ? ((await response.json()) as { message: string }).message : response.text()

describe.each(routes)('$name', ({ url, handler, limit, message, allowed, refused }) => {
  it('reads nothing of a 60 MB body from someone signed out or without the permission', async () => {
    const before = await importRowCounts()
    for (const [actor, status] of [[null, 401], [refused(), 403]] as const) {
      const { request, counter } = post(url, actor, 60 * MB)
      const response = await handler(request)
      expect(response.status).toBe(status)
      expect(await messageOf(response)).toMatch(/^(Sesi Anda telah berakhir|Anda tidak berwenang)/)
      expect(response.headers.get('connection')).toBe('close')
      expect(counter.pulled).toBe(0)
    }
    expect(await importRowCounts()).toEqual(before)
  })

  it('stops reading a chunked 40 MB body at the limit: 413 in Indonesian, nothing written', async () => {
    const before = await importRowCounts()
    const { request, counter } = post(url, allowed(), 40 * MB)
    const response = await handler(request)
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toBe(message)
    expect(response.headers.get('connection')).toBe('close')
    expect(counter.pulled).toBeGreaterThan(limit - CHUNK)
    expect(counter.pulled).toBeLessThanOrEqual(limit + CHUNK)
    expect(await importRowCounts()).toEqual(before)
  })

  it('reads nothing of a body whose Content-Length is over the limit', async () => {
    const { request, counter } = post(url, allowed(), 40 * MB, { 'Content-Length': String(40 * MB) })
    const response = await handler(request)
    expect(response.status).toBe(413)
    expect(counter.pulled).toBe(0)
  })
})

it('still takes a chunked upload within the limit', async () => {
  const form = new FormData()
  form.set('cohortId', setup.cohortId)
  form.set('file', new Blob([new Uint8Array(await participantWorkbook([participantRow(nikSeries()(1), phoneSeries()(1))]))]), 'peserta.xlsx')
  const encoded = new Response(form)
  const bytes = new Uint8Array(await encoded.arrayBuffer())
  const { request } = post('http://localhost/api/peserta/impor', setup.operator, bytes.length, { 'Content-Type': encoded.headers.get('content-type')! }, bytes)
  const response = await importParticipants(request)
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ summary: { total: 1, NEW: 1 } })
})
