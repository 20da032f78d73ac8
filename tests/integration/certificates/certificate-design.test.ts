// The certificate design: saved by Admin Pusat through updateCertificateDesignAction (every field
// checked, images PNG/JPEG by their bytes and ≤ 150 KB, nothing written on any error, audited without
// the image bytes), and previewed through POST /api/admin/program/[id]/sertifikat/contoh.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/admin/program/[id]/sertifikat/contoh/route'
import type { Actor } from '@/lib/auth/actor'
import { updateCertificateDesignAction } from '@/lib/actions/update-certificate-design'
import { initialActionState } from '@/lib/actions/action-state-types'
import { MAX_DESIGN_IMAGE_BYTES } from '@/lib/certificates/design-image'
import { getActor } from '@/lib/server/auth/session'
import { testDb } from '../../support/database'
import { createProgram, createUser } from '../../support/factories'

vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'bimtek.test', 'x-forwarded-proto': 'https' }) }))

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60)])
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary')

let admin: Actor, operator: Actor, trainer: Actor, peserta: Actor
let programId: string, otherProgramId: string
let workDir: string

beforeAll(async () => {
  programId = (await createProgram({ name: 'Bimtek Desain Sertifikat' })).id
  otherProgramId = (await createProgram()).id
  admin = (await createUser('ADMIN_PUSAT')).actor
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  trainer = (await createUser('PELATIH_AHLI')).actor
  peserta = (await createUser('PESERTA')).actor
  workDir = mkdtempSync(path.join(tmpdir(), 'desain-'))
})
afterAll(() => rmSync(workDir, { recursive: true, force: true }))
beforeEach(() => vi.mocked(getActor).mockReset())

const VALID = {
  numberPattern: '{seq}/SERT/BIMTEK-DESAIN/{province}/{month}/{year}',
  heading: 'SERTIFIKAT',
  bodyText: 'telah mengikuti Bimbingan Teknis',
  accentColor: '#0F5132',
  issuePlace: 'Jakarta',
  issuingOffice: 'Perpustakaan Nasional Republik Indonesia',
  signatoryName: 'Dr. Contoh Pejabat',
  signatoryTitle: 'Deputi Bidang Pengembangan Sumber Daya Perpustakaan',
}

function form(fields: Record<string, string | Buffer>, id = programId): FormData {
  const data = new FormData()
  data.set('programId', id)
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.set(key, value)
    else data.set(key, new Blob([new Uint8Array(value)], { type: 'image/png' }), `${key}.png`)
  }
  return data
}
function save(actor: Actor | null, fields: Record<string, string | Buffer>, id = programId) {
  vi.mocked(getActor).mockResolvedValue(actor)
  return updateCertificateDesignAction(initialActionState, form(fields, id))
}
const designRow = (id = programId) => testDb().certificateDesign.findUnique({ where: { programId: id } })
const audits = () => testDb().auditLog.findMany({ where: { entity: 'CertificateDesign', entityId: programId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })

describe('updateCertificateDesignAction', () => {
  it('refuses everyone but Admin Pusat, writing nothing', async () => {
    for (const actor of [operator, trainer, peserta]) {
      const state = await save(actor, VALID)
      expect(state.status).toBe('error')
      expect(state.message).toMatch(/tidak berwenang/i)
    }
    expect((await save(null, VALID)).message).toMatch(/Sesi Anda telah berakhir/)
    expect(await designRow()).toBeNull()
  })

  it('reports every bad field in Indonesian and writes nothing', async () => {
    const state = await save(admin, { ...VALID, numberPattern: 'SERT/{tahun}', heading: '', accentColor: 'biru', issuePlace: '', signatoryTitle: 'x'.repeat(161) })
    expect(state.status).toBe('error')
    expect(state.fieldErrors?.numberPattern?.[0]).toMatch(/Penanda \{tahun\} tidak dikenal/)
    expect(state.fieldErrors?.heading?.[0]).toBe('Judul wajib diisi.')
    expect(state.fieldErrors?.accentColor?.[0]).toMatch(/#rrggbb/)
    expect(state.fieldErrors?.issuePlace?.[0]).toBe('Tempat terbit wajib diisi.')
    expect(state.fieldErrors?.signatoryTitle?.[0]).toMatch(/Maksimal 160/)
    expect((await save(admin, { ...VALID, numberPattern: 'SERT/{year}' })).fieldErrors?.numberPattern?.[0]).toMatch(/\{seq\} tepat satu kali/)
    expect(await designRow()).toBeNull()
    expect(await audits()).toHaveLength(0)
  })

  it('refuses an image that is not PNG/JPEG by its bytes, or too large, even beside valid fields', async () => {
    const gif = await save(admin, { ...VALID, logo: GIF })
    expect(gif.fieldErrors?.logo).toEqual(['Logo harus berupa gambar PNG atau JPEG.'])
    const named = await save(admin, { ...VALID, signature: Buffer.from('%PDF-1.7 not an image') })
    expect(named.fieldErrors?.signature).toEqual(['Gambar tanda tangan harus berupa gambar PNG atau JPEG.'])
    const big = await save(admin, { ...VALID, background: Buffer.concat([JPEG, Buffer.alloc(MAX_DESIGN_IMAGE_BYTES)]) })
    expect(big.fieldErrors?.background).toEqual(['Latar belakang terlalu besar (maksimal 150 KB).'])
    expect(await designRow()).toBeNull()
  })

  it('saves the design with its images, audited without the bytes; "hapus" removes one, an empty input keeps it', async () => {
    const state = await save(admin, { ...VALID, logo: PNG, signature: JPEG })
    expect(state).toEqual({ status: 'success', message: 'Desain sertifikat disimpan.' })
    let row = (await designRow())!
    expect(row).toMatchObject({ ...VALID, accentColor: '#0f5132', logoType: 'image/png', signatureType: 'image/jpeg', background: null })
    expect(Buffer.from(row.logo!).equals(PNG)).toBe(true)

    await save(admin, { ...VALID, heading: 'PIAGAM', logoRemove: 'on' })
    row = (await designRow())!
    expect(row.heading).toBe('PIAGAM')
    expect(row.logo).toBeNull()
    expect(row.logoType).toBeNull()
    expect(row.signatureType).toBe('image/jpeg')

    const trail = await audits()
    expect(trail.map((a) => a.action)).toEqual(['create', 'update'])
    expect(trail[0].after).toMatchObject({ heading: 'SERTIFIKAT', logo: { type: 'image/png', bytes: PNG.length }, signature: { type: 'image/jpeg', bytes: JPEG.length }, background: null })
    expect(trail[1].after).toMatchObject({ heading: 'PIAGAM', logo: null })
    expect(JSON.stringify(trail.map((a) => [a.before, a.after]))).not.toMatch(/iVBOR|\\x89PNG|"data"/)
  })

  it('refuses a number pattern that prints another program\'s numbers, naming it; the editor gets the patterns to warn with', async () => {
    expect((await save(admin, VALID)).status).toBe('success')
    const state = await save(admin, { ...VALID, numberPattern: VALID.numberPattern.replace('{year}', '2025') }, otherProgramId)
    expect(state.status).toBe('error')
    expect(state.fieldErrors?.numberPattern?.[0]).toContain('"Bimtek Desain Sertifikat" ({seq}/SERT/BIMTEK-DESAIN/{province}/{month}/{year})')
    expect(await designRow(otherProgramId)).toBeNull()
    expect((await save(admin, { ...VALID, numberPattern: '{seq}/SERT/BIMTEK-LAIN/{province}/{month}/{year}' }, otherProgramId)).status).toBe('success')
    const { getCertificateDesignOrThrow } = await import('@/lib/server/certificates/get-certificate-design')
    expect((await getCertificateDesignOrThrow(admin, otherProgramId)).otherPatterns).toContainEqual({ programName: 'Bimtek Desain Sertifikat', programYear: expect.any(Number), pattern: VALID.numberPattern })
  })

  it('a program that does not exist, or a malformed id: not found, nothing written', async () => {
    const designs = await testDb().certificateDesign.count()
    const missing = await save(admin, VALID, '0195f0c0-0000-7000-8000-000000000000')
    expect(missing.message).toBe('Program tidak ditemukan.')
    const malformed = await save(admin, VALID, 'bukan-id')
    expect(malformed.fieldErrors?.programId).toEqual(['Program tidak valid.'])
    expect(await testDb().certificateDesign.count()).toBe(designs)
  })
})

describe('POST /api/admin/program/[id]/sertifikat/contoh', () => {
  function preview(actor: Actor | null, body: BodyInit, id = programId, headers: Record<string, string> = {}) {
    vi.mocked(getActor).mockResolvedValue(actor)
    return POST(new Request(`https://bimtek.test/api/admin/program/${id}/sertifikat/contoh`, { method: 'POST', body, headers }), { params: Promise.resolve({ id }) })
  }

  it('renders the form\'s unsaved values on a signed sample certificate', async () => {
    const before = await designRow()
    const response = await preview(admin, form({ ...VALID, heading: 'PIAGAM PENGHARGAAN', numberPattern: 'CONTOH-{seq}/{year}', background: PNG }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const file = path.join(workDir, 'contoh.pdf')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('PIAGAM PENGHARGAAN')
    expect(text).toContain('Nama Peserta Contoh')
    expect(text).toContain(`CONTOH-0001/${new Date().getFullYear()}`)
    expect(text).toContain('Bimtek Desain Sertifikat')
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid.')
    expect(await designRow()).toEqual(before) // a preview writes nothing
  })

  it('invalid values: 400 with the field errors, no PDF', async () => {
    const response = await preview(admin, form({ ...VALID, numberPattern: '{seq}-{seq}', logo: GIF }))
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.fieldErrors.numberPattern[0]).toMatch(/tepat satu kali/)
    expect(body.fieldErrors.logo).toEqual(['Logo harus berupa gambar PNG atau JPEG.'])
  })

  it.each([
    ['signed out', () => null, 401],
    ['an operator', () => operator, 403],
    ['a trainer', () => trainer, 403],
    ['a participant', () => peserta, 403],
  ])('%s: %i', async (_, actor, status) => {
    expect((await preview(actor(), form(VALID))).status).toBe(status)
  })

  it('a malformed or unknown program id: 404', async () => {
    expect((await preview(admin, form(VALID, 'x'), 'bukan-id')).status).toBe(404)
    expect((await preview(admin, form(VALID), '0195f0c0-0000-7000-8000-000000000000')).status).toBe(404)
  })

  it('a body over the form limit: 413 before it is read, also without Content-Length', async () => {
    const big = form({ ...VALID, background: Buffer.alloc(600 * 1024, 1) })
    expect((await preview(admin, big)).status).toBe(413)
    const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(600 * 1024)); c.close() } })
    vi.mocked(getActor).mockResolvedValue(admin)
    const chunked = await POST(new Request(`https://bimtek.test/api/admin/program/${programId}/sertifikat/contoh`, { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=x' } } as RequestInit), { params: Promise.resolve({ id: programId }) })
    expect(chunked.status).toBe(413)
  })

  it('another origin: 403', async () => {
    expect((await preview(admin, form(VALID), programId, { origin: 'https://jahat.example' })).status).toBe(403)
  })
  void otherProgramId
})
