// The public verification page GET /v/[code] (issue 11 point 5, decision 031) against the database:
// what it shows of a valid, a revoked and a reissued certificate, and nothing more personal (no NIK,
// phone, birth date, e-mail or institution); unknown and malformed codes are 404, a typed form of the
// code is redirected to the canonical one, and the 61st lookup from one address within 10 minutes is
// a 429 that shows nothing.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET } from '@/app/v/[code]/route'
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SERVER } from '@/lib/client-address'
import { issueCertificates } from '@/lib/server/certificates/issue-certificates'
import { reissueCertificate } from '@/lib/server/certificates/reissue-certificate'
import { testDb } from '../../support/database'
import { buildCertificateWorld, type CertificateWorld } from './certificate-world'

let w: CertificateWorld
const certOf = (enrolmentId: string) => testDb().certificate.findFirstOrThrow({ where: { enrolmentId }, orderBy: { issuedAt: 'desc' } })

/** The page as a visitor's request reaches it, from the given client address when one is named. */
async function visit(code: string, address?: string) {
  const headers = new Headers(address ? { [CLIENT_ADDRESS_HEADER]: address } : {})
  const response = await GET(new Request(`http://bimtek.test/v/${code}`, { headers }), { params: Promise.resolve({ code }) })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

beforeAll(async () => {
  w = await buildCertificateWorld()
  await testDb().participant.update({
    where: { id: w.people.ahmad.participantId },
    data: { email: 'ahmad.rahasia@contoh.id', birthDate: new Date('1990-05-12'), institutionName: 'Perpustakaan Desa Rahasia' },
  })
  await issueCertificates(w.actors.admin, { waveId: w.waveId })
  ;(globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_SERVER] = true
})
afterAll(() => { delete (globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_SERVER] })

describe('GET /v/[code]', () => {
  it('shows a valid certificate: status, number, name, program and wave, dates, JP, issuing office, issue place and date, code', async () => {
    const cert = await certOf(w.people.ahmad.enrolmentId)
    const wave = await testDb().wave.findUniqueOrThrow({ where: { id: w.waveId }, select: { number: true, program: { select: { name: true } } } })
    const { status, headers, html } = await visit(cert.verificationCode)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(headers.get('cache-control')).toBe('no-store')
    expect(html).toMatch(/^<!DOCTYPE html><html lang="id">/)
    expect(html).toContain('Sertifikat SAH')
    for (const shown of [cert.number, 'Ahmad Fauzi', `${wave.program.name}, Gelombang ${wave.number}`, '10 JP', 'Perpustakaan Nasional Republik Indonesia', 'Jakarta, ']) expect(html).toContain(shown)
    expect(html).toContain(`${cert.verificationCode.slice(0, 4)}-${cert.verificationCode.slice(4, 8)}-${cert.verificationCode.slice(8)}`)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).not.toMatch(/<script/)
  })

  it('shows nothing more personal: no NIK, phone, birth date, e-mail or institution', async () => {
    const cert = await certOf(w.people.ahmad.enrolmentId)
    const participant = await testDb().participant.findUniqueOrThrow({ where: { id: w.people.ahmad.participantId } })
    const { html } = await visit(cert.verificationCode)
    const phoneDigits = participant.phone.replace(/^\+62/, '')
    for (const secret of [participant.nikMasked, participant.nikMasked.slice(-4), phoneDigits, `0${phoneDigits}`, 'ahmad.rahasia', '1990', '12 Mei', 'Desa Rahasia', 'NIK']) {
      expect(html, secret).not.toContain(secret)
    }
  })

  it('a reissued certificate: the old one says DICABUT and names its replacement, the new one names the one it replaces', async () => {
    const old = await certOf(w.people.citra.enrolmentId)
    await reissueCertificate(w.actors.admin, { certificateId: old.id, reason: 'Perbaikan penulisan nama' })
    const fresh = await certOf(w.people.citra.enrolmentId)
    expect(fresh.id).not.toBe(old.id)
    const before = await visit(old.verificationCode)
    expect(before.status).toBe(200)
    expect(before.html).toContain('Sertifikat DICABUT')
    expect(before.html).toContain(`Digantikan oleh sertifikat nomor <strong>${fresh.number}</strong>`)
    expect(before.html).not.toContain('Perbaikan penulisan nama')
    const after = await visit(fresh.verificationCode)
    expect(after.html).toContain('Sertifikat SAH')
    expect(after.html).toContain(`Menggantikan sertifikat nomor ${old.number}`)
  })

  it('unknown and malformed codes are 404 with a plain message; a typed form is redirected to the canonical code', async () => {
    for (const code of ['CCCCCCCCCCCC', 'bukan-kode', '%E0%A4%A', 'A'.repeat(5000), 'KKKK%00KKKKKKKK', `${'K'.repeat(11)}\u202E`]) {
      const { status, html } = await visit(code)
      expect(status, code).toBe(404)
      expect(html).toContain('Sertifikat tidak ditemukan')
    }
    const cert = await certOf(w.people.eka.enrolmentId)
    const typed = `${cert.verificationCode.slice(0, 4).toLowerCase()}-${cert.verificationCode.slice(4)}`
    const { status, headers } = await visit(encodeURIComponent(typed))
    expect(status).toBe(308)
    expect(headers.get('location')).toBe(`/v/${cert.verificationCode}`)
  })

  it('refuses the 61st lookup from one address in 10 minutes with a 429 that shows nothing; another address is not affected', async () => {
    const cert = await certOf(w.people.fitri.enrolmentId)
    const address = `203.0.113.${randomUUID().slice(0, 2).replace(/\D/g, '1')}`
    for (let i = 0; i < 60; i++) expect((await visit(cert.verificationCode, address)).status).toBe(200)
    const refused = await visit(cert.verificationCode, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(60)
    expect(refused.html).toContain('Terlalu banyak pemeriksaan')
    expect(refused.html).not.toContain(cert.number)
    expect((await visit(cert.verificationCode, '198.51.100.7')).status).toBe(200)
  })
})
