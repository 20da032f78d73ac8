// The certificate downloads: one PDF, a cohort's or a wave's ZIP streamed as it is made, and the
// merged print file — who may have them (another province, a trainer, another participant, signed
// out, malformed ids), what is inside (names, revoked ones left out), and the audit of batches.
// The real renderer is built elsewhere: here it makes a small one-page PDF naming the certificate.
import { PDFDocument } from 'pdf-lib'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { GET as oneRoute } from '@/app/api/sertifikat/[certificateId]/route'
import { GET as cohortZipRoute } from '@/app/api/sertifikat/kelas/[cohortId]/zip/route'
import { GET as cohortPrintRoute } from '@/app/api/sertifikat/kelas/[cohortId]/cetak/route'
import { GET as waveZipRoute } from '@/app/api/sertifikat/gelombang/[waveId]/zip/route'
import { GET as wavePrintRoute } from '@/app/api/sertifikat/gelombang/[waveId]/cetak/route'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { getCertificateBatchOrThrow, MAX_PRINT_CERTIFICATES } from '@/lib/server/certificates/get-certificate-downloads'
import { attachmentDisposition } from '@/lib/server/http/content-disposition'
import { testDb } from '../../support/database'
import { expectAppError } from '../../support/scheduling-factories'
import { zipEntries as readZip } from '../../support/zip-entries'
import { buildDownloadWorld, type DownloadWorld } from './download-world'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('@/lib/server/site-url', () => ({ getSiteOrigin: async () => ({ host: 'bimtek.contoh.id', proto: 'https', origin: 'https://bimtek.contoh.id' }) }))
vi.mock('@/lib/server/certificates/certificate-pdf', async () => {
  const { smallPdf } = await import('./download-world')
  const render = async (view: { number: string; holderName: string }) => smallPdf(`${view.number} ${view.holderName}`)
  return { renderCertificatePdf: vi.fn(render), renderUnsignedCertificatePdf: vi.fn(render) }
})

let w: DownloadWorld
beforeAll(async () => { w = await buildDownloadWorld() })
beforeEach(() => vi.mocked(getActor).mockReset())

const as = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor)
const get = (path: string) => new Request(`http://localhost${path}`)
const one = (id: string) => oneRoute(get(`/api/sertifikat/${id}`), { params: Promise.resolve({ certificateId: id }) })
const cohortZip = (id: string) => cohortZipRoute(get(`/api/sertifikat/kelas/${id}/zip`), { params: Promise.resolve({ cohortId: id }) })
const cohortPrint = (id: string) => cohortPrintRoute(get(`/api/sertifikat/kelas/${id}/cetak`), { params: Promise.resolve({ cohortId: id }) })
const waveZip = (id: string, query = '') => waveZipRoute(get(`/api/sertifikat/gelombang/${id}/zip${query}`), { params: Promise.resolve({ waveId: id }) })
const wavePrint = (id: string, query = '') => wavePrintRoute(get(`/api/sertifikat/gelombang/${id}/cetak${query}`), { params: Promise.resolve({ waveId: id }) })

async function zipEntries(body: Buffer) {
  return (await readZip(body)).map((e) => ({ name: e.name, text: e.bytes.subarray(0, 5).toString('latin1') }))
}

describe('one certificate', () => {
  it('gives the holder their own PDF, named "{number} {name}.pdf" in both filename forms', async () => {
    as(w.actors.pesertaSiti)
    const response = await one(w.certificates.siti.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toContain(`filename="${w.certificates.siti.number.replaceAll('/', '-')} Siti Nurhaliza.pdf"`)
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`${w.certificates.siti.number.replaceAll('/', '-')} Siti Nurhaliza.pdf`)}`)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('gives officers of the province and Admin Pusat any one in scope', async () => {
    for (const actor of [w.actors.operatorJabar, w.actors.admin]) {
      as(actor)
      expect((await one(w.certificates.siti.id)).status).toBe(200)
    }
  })

  it('refuses another participant, another province, a trainer, the signed-out, a malformed id and a revoked one', async () => {
    as(w.actors.pesertaKaltim)
    expect((await one(w.certificates.siti.id)).status).toBe(404)
    as(w.actors.operatorKaltim)
    expect((await one(w.certificates.siti.id)).status).toBe(404)
    as(w.actors.pelatih)
    expect((await one(w.certificates.siti.id)).status).toBe(403)
    as(null)
    expect((await one(w.certificates.siti.id)).status).toBe(401)
    as(w.actors.admin)
    expect((await one('bukan-id')).status).toBe(404)
    expect((await one("1' OR '1'='1")).status).toBe(404)
    const revoked = await one(w.certificates.revoked.id)
    expect(revoked.status).toBe(409)
    expect(await revoked.text()).toMatch(/sudah dicabut/)
  })
})

describe('a cohort or a wave as a ZIP', () => {
  it('streams one "{number} {name}.pdf" per valid certificate, revoked ones left out, with the count in a header; audited', async () => {
    const auditBefore = await testDb().auditLog.count({ where: { action: 'download-zip', entity: 'Certificate' } })
    as(w.actors.operatorJabar)
    const response = await cohortZip(w.cohorts.jabar)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('x-certificate-count')).toBe('2')
    expect(response.body).toBeInstanceOf(ReadableStream)
    const entries = await zipEntries(Buffer.from(await response.arrayBuffer()))
    expect(entries.map((e) => e.name).sort()).toEqual([
      `${w.certificates.siti.number.replaceAll('/', '-')} Siti Nurhaliza.pdf`,
      `${w.certificates.reissue.number.replaceAll('/', '-')} Budi Santosa.pdf`,
    ].sort())
    for (const e of entries) expect(e.text).toBe('%PDF-')
    expect(await testDb().auditLog.count({ where: { action: 'download-zip', entity: 'Certificate' } })).toBe(auditBefore + 1)
  })

  it('gives a wave by province, or the whole wave to Admin Pusat, and the operator only their own province', async () => {
    as(w.actors.admin)
    expect((await waveZip(w.wave.id)).headers.get('x-certificate-count')).toBe('3')
    expect((await waveZip(w.wave.id, '?provinsi=64')).headers.get('x-certificate-count')).toBe('1')
    as(w.actors.operatorKaltim)
    const own = await waveZip(w.wave.id)
    expect(own.headers.get('x-certificate-count')).toBe('1')
    expect((await zipEntries(Buffer.from(await own.arrayBuffer()))).map((e) => e.name)).toEqual([`${w.certificates.kaltim.number.replaceAll('/', '-')} Andi Pratama.pdf`])
    expect((await waveZip(w.wave.id, '?provinsi=32')).status).toBe(404)
    expect((await waveZip(w.wave.id, '?provinsi=3x')).status).toBe(400)
  })

  it('refuses another province, a trainer, a participant, the signed-out, malformed ids and an empty cohort', async () => {
    as(w.actors.operatorKaltim)
    expect((await cohortZip(w.cohorts.jabar)).status).toBe(404)
    as(w.actors.pelatih)
    expect((await cohortZip(w.cohorts.jabar)).status).toBe(403)
    as(w.actors.pesertaSiti)
    expect((await cohortZip(w.cohorts.jabar)).status).toBe(403)
    expect((await waveZip(w.wave.id)).status).toBe(403)
    as(null)
    expect((await cohortZip(w.cohorts.jabar)).status).toBe(401)
    as(w.actors.admin)
    expect((await cohortZip('bukan-id')).status).toBe(404)
    expect((await waveZip('bukan-id')).status).toBe(404)
    const empty = await cohortZip(w.cohorts.empty)
    expect(empty.status).toBe(404)
    expect(await empty.text()).toMatch(/Belum ada sertifikat/)
  })
})

describe('the merged print file', () => {
  it('holds one page per valid certificate of the cohort or the wave in scope', async () => {
    as(w.actors.operatorJabar)
    const response = await cohortPrint(w.cohorts.jabar)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cetak-sertifikat-.+\.pdf"/)
    expect((await PDFDocument.load(await response.arrayBuffer())).getPageCount()).toBe(2)
    as(w.actors.admin)
    expect((await PDFDocument.load(await (await wavePrint(w.wave.id)).arrayBuffer())).getPageCount()).toBe(3)
    as(w.actors.operatorKaltim)
    expect((await cohortPrint(w.cohorts.jabar)).status).toBe(404)
    as(w.actors.pelatih)
    expect((await wavePrint(w.wave.id)).status).toBe(403)
  })

  it('refuses a print file over the limit with a message pointing to smaller batches and the ZIP, writing no audit record', async () => {
    const before = await testDb().auditLog.count({ where: { action: 'download-print' } })
    const refused = await expectAppError(getCertificateBatchOrThrow(w.actors.admin, { waveId: w.wave.id, provinceCode: null }, 'print', { printLimit: 2 }), 'VALIDATION')
    expect(refused.message).toBe('Berkas cetak memuat paling banyak 2 sertifikat, di sini ada 3. Unduh berkas cetak per provinsi atau per kelas, atau unduh ZIP.')
    expect((await getCertificateBatchOrThrow(w.actors.admin, { waveId: w.wave.id, provinceCode: null }, 'zip', { printLimit: 2 })).views).toHaveLength(3)
    expect((await getCertificateBatchOrThrow(w.actors.admin, { cohortId: w.cohorts.jabar }, 'print', { printLimit: 2 })).views).toHaveLength(2)
    expect(await testDb().auditLog.count({ where: { action: 'download-print' } })).toBe(before + 1)
    expect(MAX_PRINT_CERTIFICATES).toBeGreaterThanOrEqual(300)
  })
})

describe('attachmentDisposition', () => {
  it('keeps an ASCII fallback and the exact name in filename*', () => {
    expect(attachmentDisposition('0001 Señora "Ñ".pdf')).toBe(`attachment; filename="0001 Senora N.pdf"; filename*=UTF-8''0001%20Se%C3%B1ora%20%22%C3%91%22.pdf`)
  })
})

describe('the batches offered for download', () => {
  it('counts the valid certificates per province of a wave, within the reader\'s scope only', async () => {
    const { listCertificateBatches } = await import('@/lib/server/certificates/count-valid-certificates')
    const counts = async (actor: Actor) => (await listCertificateBatches(actor, w.wave.id)).map((b) => `${b.provinceCode}:${b.count}`)
    expect(await counts(w.actors.admin)).toEqual(['32:2', '64:1'])
    expect(await counts(w.actors.operatorJabar)).toEqual(['32:2'])
    expect(await counts(w.actors.operatorKaltim)).toEqual(['64:1'])
    // Every wave of the operator's province: this world's, and no other province's.
    const all = await listCertificateBatches(w.actors.operatorJabar)
    expect(all.every((b) => b.provinceCode === '32')).toBe(true)
    expect(all.find((b) => b.waveId === w.wave.id)?.count).toBe(2)
    expect(await counts(w.actors.pesertaKaltim)).toEqual(['64:1'])
  })
})
