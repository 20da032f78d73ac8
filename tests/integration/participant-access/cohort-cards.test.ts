import { execFileSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { signInParticipant } from '@/lib/server/auth/sign-in'
import { issueAccessCode } from '@/lib/server/participant-access/issue-access-code'
import { getCohortRosterOrThrow } from '@/lib/server/cohorts/get-cohort-roster'
import { issueCohortAccessCodes, type IssuedCohortCards } from '@/lib/server/participant-access/issue-cohort-access-codes'
import { maskPhone, renderParticipantCardsPdf } from '@/lib/server/participant-access/participant-cards-pdf'
import { readSignInToken } from '@/lib/server/participant-access/sign-in-link'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

const ORIGIN = 'https://bimtek.example'
let ipSerial = 0
const meta = () => ({ ip: `203.0.113.${++ipSerial}`, userAgent: 'vitest' })
const hasTool = (tool: string) => ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(path.join(dir, tool)))

let admin: Actor, operatorJabar: Actor, operatorKaltim: Actor, pelatih: Actor, peserta: Actor
let cohortId: string, emptyCohortId: string
const active: { id: string; phone: string }[] = []
const preIssued: { participantId: string; phone: string; accessCode: string }[] = []
let withdrawnId: string
let firstRun: IssuedCohortCards
let workDir: string

/** createParticipant derives phones from the clock; a random number keeps ten in a row distinct. */
async function participantIn(cohort: string, programId: string, status?: 'WITHDRAWN') {
  const { id } = await createParticipant('32')
  const { phone } = await testDb().participant.update({ where: { id }, data: { phone: `+62813${randomInt(10_000_000, 99_999_999)}` }, select: { phone: true } })
  const enrolment = await enrol(id, cohort, programId)
  if (status) await testDb().enrolment.update({ where: { id: enrolment.id }, data: { status, withdrawnAt: new Date(), withdrawnReason: 'Uji' } })
  return { id, phone }
}

const hashes = async (ids: string[]) =>
  Object.fromEntries((await testDb().user.findMany({ where: { participantId: { in: ids } }, select: { participantId: true, accessCodeHash: true } })).map((u) => [u.participantId, u.accessCodeHash]))

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'kartu-peserta-'))
  admin = (await createUser('ADMIN_PUSAT')).actor
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  const trainer = await createTrainer('32')
  pelatih = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
  const program = await createProgram()
  const wave = await createWave(program.id)
  cohortId = (await createCohort(wave.id, '32')).id
  emptyCohortId = (await createCohort(wave.id, '32')).id
  await assignTrainer(trainer.id, cohortId)
  // Ten active participants (two pages of cards once all have one), two of them with a code already.
  for (let i = 0; i < 10; i++) active.push(await participantIn(cohortId, program.id))
  withdrawnId = (await participantIn(cohortId, program.id, 'WITHDRAWN')).id
  for (const p of active.slice(0, 2)) {
    const issued = await issueAccessCode(operatorJabar, { participantId: p.id })
    // Both have signed in: their cards are in use.
    expect(await signInParticipant(testDb(), { phone: p.phone, accessCode: issued.accessCode }, meta())).not.toBeNull()
    preIssued.push({ participantId: p.id, phone: p.phone, accessCode: issued.accessCode })
  }
  peserta = (await createUser('PESERTA', { participantId: (await createParticipant('32')).id })).actor
})

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('participant cards of a cohort', () => {
  it('counts the active participants without a code and who never signed in (the class roster)', async () => {
    expect((await getCohortRosterOrThrow(operatorJabar, cohortId)).counts).toEqual({ active: 10, withdrawn: 1, withoutCode: 8, neverSignedIn: 8 })
    expect((await getCohortRosterOrThrow(admin, emptyCohortId)).counts).toEqual({ active: 0, withdrawn: 0, withoutCode: 0, neverSignedIn: 0 })
  })

  it('issues codes only for the active participants who have none, in one audited change', async () => {
    const auditBefore = await testDb().auditLog.count()
    firstRun = await issueCohortAccessCodes(operatorJabar, { cohortId })
    const expectedIds = active.slice(2).map((p) => p.id)
    expect(firstRun.cards.map((c) => c.participantId).sort()).toEqual([...expectedIds].sort())
    expect(firstRun.cards.map((c) => c.name)).toEqual([...firstRun.cards.map((c) => c.name)].sort())
    expect(firstRun.cohort).toMatchObject({ id: cohortId, name: 'Kelas Jawa Barat', city: 'Kota Uji' })
    expect(await testDb().user.count({ where: { participantId: withdrawnId } })).toBe(0)

    const card = firstRun.cards[3]
    const user = await testDb().user.findUniqueOrThrow({ where: { participantId: card.participantId }, select: { id: true, role: true, accessCodeHash: true } })
    expect(user.role).toBe('PESERTA')
    expect(user.accessCodeHash).toMatch(/^\$argon2id\$/)
    expect(await signInParticipant(testDb(), { phone: card.phone, accessCode: card.accessCode }, meta())).toMatchObject({ userId: user.id, participantId: card.participantId })
    expect(readSignInToken(card.signInToken)?.userId).toBe(user.id)
    // The participants who already had a code keep it.
    for (const p of preIssued) expect(await signInParticipant(testDb(), { phone: p.phone, accessCode: p.accessCode }, meta())).toMatchObject({ participantId: p.participantId })

    const written = await testDb().auditLog.findMany({ orderBy: { id: 'asc' }, skip: auditBefore, select: { action: true, entity: true, entityId: true, after: true, actorId: true } })
    const summary = written.filter((a) => a.action === 'print-participant-cards')
    expect(summary).toEqual([{ action: 'print-participant-cards', entity: 'Cohort', entityId: cohortId, actorId: operatorJabar.userId, after: { target: 'tanpa-kode', issued: 8, reset: 0 } }])
    const perParticipant = written.filter((a) => a.action === 'issue-access-code' && a.actorId === operatorJabar.userId)
    expect(perParticipant.map((a) => a.entityId).sort()).toEqual([...expectedIds].sort())
    expect(JSON.stringify(written)).not.toContain(card.accessCode)

    await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId }), 'CONFLICT', /sudah memiliki kode akses/)
    await expectAppError(issueCohortAccessCodes(admin, { cohortId: emptyCohortId }), 'CONFLICT', /Belum ada peserta aktif/)
    // The participant of card 3 signed in above; the other seven have a code they never used.
    expect((await getCohortRosterOrThrow(operatorJabar, cohortId)).counts).toEqual({ active: 10, withdrawn: 1, withoutCode: 0, neverSignedIn: 7 })
  })

  it('renders A4 cards, 8 to a page, whose QR codes are the signed sign-in links', async () => {
    const render = (cards: IssuedCohortCards['cards']) => renderParticipantCardsPdf({ cohort: firstRun.cohort, cards }, { origin: ORIGIN })
    const eight = await render(firstRun.cards)
    // A ninth card, with a long name that must wrap within the card, starts page 2.
    const longName = 'Hj. Raden Ajeng Siti Nurhaliza Kusumawardhani Prawiranegara, S.Pd., M.Hum.'
    const nine = await render([...firstRun.cards, { ...firstRun.cards[0], participantId: 'kesembilan', name: longName }])
    const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
    for (const pdf of [eight, nine]) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pageCount(eight)).toBe(1)
    expect(pageCount(nine)).toBe(2)
    const pdfPath = path.join(workDir, 'kartu.pdf')
    writeFileSync(pdfPath, nine)
    // npm test installs both first (scripts/ensure-test-tools.ts); without them this check must fail, not pass unseen.
    expect(hasTool('pdftoppm') && hasTool('zbarimg'), 'pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed').toBe(true)
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', pdfPath, path.join(workDir, 'halaman')])
    const png = readdirSync(workDir).find((f) => f.startsWith('halaman') && f.endsWith('.png'))!
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(workDir, png)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').sort()
    expect(decoded).toEqual(firstRun.cards.map((c) => `${ORIGIN}/masuk/tautan/${c.signInToken}`).sort())
    for (const url of decoded) {
      const token = url.slice(`${ORIGIN}/masuk/tautan/`.length)
      expect(readSignInToken(token)).not.toBeNull()
    }
  })

  it('masks the middle digits of the phone number', () => {
    expect(maskPhone('+6281234567890')).toBe('+62 812 ••••• 890')
  })

  it('a lost sheet: cards again for those who never signed in, only once the officer confirms; the codes in use keep working', async () => {
    const signedIn = [...preIssued.map((p) => p.participantId), firstRun.cards[3].participantId]
    const never = active.map((p) => p.id).filter((id) => !signedIn.includes(id))
    const before = await hashes(active.map((p) => p.id))
    const audit = await testDb().auditLog.count()
    await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId, sasaran: 'belum-masuk' }), 'CONFLICT', /7 dari 7 peserta sudah memiliki kode akses.*Konfirmasi dulu/)
    expect(await hashes(active.map((p) => p.id))).toEqual(before)
    expect(await testDb().auditLog.count()).toBe(audit)

    const again = await issueCohortAccessCodes(operatorJabar, { cohortId, sasaran: 'belum-masuk', ganti: '1' })
    expect(again.cards.map((c) => c.participantId).sort()).toEqual([...never].sort())
    const after = await hashes(active.map((p) => p.id))
    for (const id of never) expect(after[id]).not.toBe(before[id])
    for (const id of signedIn) expect(after[id]).toBe(before[id])
    for (const p of preIssued) expect(await signInParticipant(testDb(), { phone: p.phone, accessCode: p.accessCode }, meta())).toMatchObject({ participantId: p.participantId })
    const lostCard = firstRun.cards.find((c) => never.includes(c.participantId))!
    expect(await signInParticipant(testDb(), { phone: lostCard.phone, accessCode: lostCard.accessCode }, meta())).toBeNull()
    expect(await testDb().auditLog.findFirstOrThrow({ where: { action: 'print-participant-cards', actorId: operatorJabar.userId }, orderBy: { id: 'desc' }, select: { after: true } }))
      .toEqual({ after: { target: 'belum-masuk', issued: 7, reset: 7 } })
  })

  it('cards for the participants picked, and for no one else', async () => {
    const [picked, untouched] = preIssued
    const before = await hashes(active.map((p) => p.id))
    await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId, peserta: [picked.participantId] }), 'CONFLICT', /1 dari 1 peserta/)
    const one = await issueCohortAccessCodes(operatorJabar, { cohortId, peserta: picked.participantId, ganti: 'on' })
    expect(one.cards.map((c) => c.participantId)).toEqual([picked.participantId])
    const after = await hashes(active.map((p) => p.id))
    for (const p of active) expect(after[p.id] === before[p.id]).toBe(p.id !== picked.participantId)
    expect(await signInParticipant(testDb(), { phone: picked.phone, accessCode: picked.accessCode }, meta())).toBeNull()
    expect(await signInParticipant(testDb(), { phone: untouched.phone, accessCode: untouched.accessCode }, meta())).toMatchObject({ participantId: untouched.participantId })
    // A withdrawn participant, one of another cohort or of another province cannot be picked: nothing is issued.
    const elsewhere = await createParticipant('32')
    for (const stray of [withdrawnId, elsewhere.id]) {
      await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId, peserta: [untouched.participantId, stray], ganti: true }), 'VALIDATION', /1 peserta yang dipilih tidak \(lagi\) terdaftar aktif/)
    }
    expect(await hashes(active.map((p) => p.id))).toEqual(after)
    await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId, peserta: ['bukan-id'] }), 'VALIDATION')
  })

  it('with "semua" re-issues for every active participant: the old codes stop working', async () => {
    const before = await hashes(active.map((p) => p.id))
    const all = await issueCohortAccessCodes(admin, { cohortId, sasaran: 'semua', ganti: true })
    expect(all.cards.map((c) => c.participantId).sort()).toEqual(active.map((p) => p.id).sort())
    const after = await hashes(active.map((p) => p.id))
    for (const p of active) expect(after[p.id]).not.toBe(before[p.id])
    const oldCodes = [...preIssued.map((p) => ({ phone: p.phone, accessCode: p.accessCode })), ...firstRun.cards.slice(0, 2).map((c) => ({ phone: c.phone, accessCode: c.accessCode }))]
    for (const old of oldCodes) expect(await signInParticipant(testDb(), old, meta())).toBeNull()
    const fresh = all.cards[0]
    expect(await signInParticipant(testDb(), { phone: fresh.phone, accessCode: fresh.accessCode }, meta())).toMatchObject({ participantId: fresh.participantId })
    expect(await testDb().auditLog.count({ where: { action: 'reset-access-code', actorId: admin.userId } })).toBe(10)
    expect(await testDb().auditLog.findFirstOrThrow({ where: { action: 'print-participant-cards', actorId: admin.userId }, select: { after: true } }))
      .toEqual({ after: { target: 'semua', issued: 10, reset: 10 } })
    expect(await testDb().user.count({ where: { participantId: withdrawnId } })).toBe(0)
  })

  it('is refused outside the officer\'s province and to trainers and participants, changing nothing', async () => {
    const before = { hashes: await hashes(active.map((p) => p.id)), audit: await testDb().auditLog.count(), users: await testDb().user.count() }
    await expectAppError(issueCohortAccessCodes(operatorKaltim, { cohortId, sasaran: 'semua', ganti: true }), 'NOT_FOUND')
    await expectAppError(issueCohortAccessCodes(operatorKaltim, { cohortId, peserta: [active[0].id], ganti: true }), 'NOT_FOUND')
    await expectAppError(issueCohortAccessCodes(pelatih, { cohortId, sasaran: 'semua', ganti: true }), 'FORBIDDEN')
    await expectAppError(issueCohortAccessCodes(peserta, { cohortId, sasaran: 'semua', ganti: true }), 'FORBIDDEN')
    await expectAppError(issueCohortAccessCodes(admin, { cohortId: 'bukan-id' }), 'VALIDATION')
    await expectAppError(issueCohortAccessCodes(admin, { cohortId, sasaran: 'ya' }), 'VALIDATION')
    expect({ hashes: await hashes(active.map((p) => p.id)), audit: await testDb().auditLog.count(), users: await testDb().user.count() }).toEqual(before)
  })

  it('names the participants whose phone number another account holds, and issues nothing', async () => {
    const program = await createProgram()
    const cohort = (await createCohort((await createWave(program.id)).id, '32')).id
    const clash = await participantIn(cohort, program.id)
    await participantIn(cohort, program.id)
    await createUser('PESERTA', { phone: clash.phone })
    const name = (await testDb().participant.findUniqueOrThrow({ where: { id: clash.id }, select: { name: true } })).name
    const audit = await testDb().auditLog.count()
    await expectAppError(issueCohortAccessCodes(operatorJabar, { cohortId: cohort }), 'CONFLICT', name)
    expect(await testDb().auditLog.count()).toBe(audit)
    expect((await getCohortRosterOrThrow(operatorJabar, cohort)).counts).toMatchObject({ active: 2, withoutCode: 2 })
  })

  it('stores no code when the cards cannot be made', async () => {
    const program = await createProgram()
    const cohort = (await createCohort((await createWave(program.id)).id, '32')).id
    const people = [await participantIn(cohort, program.id), await participantIn(cohort, program.id)]
    const audit = await testDb().auditLog.count()
    await expect(issueCohortAccessCodes(operatorJabar, { cohortId: cohort }, async () => { throw new Error('PDF rusak') })).rejects.toThrow('PDF rusak')
    expect(await testDb().user.count({ where: { participantId: { in: people.map((p) => p.id) } } })).toBe(0)
    expect(await testDb().auditLog.count()).toBe(audit)
    expect((await getCohortRosterOrThrow(operatorJabar, cohort)).counts).toMatchObject({ active: 2, withoutCode: 2 })
  })

  it('a card run and a single code for the same participant at once: only codes that work are handed out', async () => {
    const program = await createProgram()
    const cohort = (await createCohort((await createWave(program.id)).id, '32')).id
    const people: { id: string; phone: string }[] = []
    for (let i = 0; i < 6; i++) people.push(await participantIn(cohort, program.id))
    const [cards, single] = await Promise.allSettled([
      issueCohortAccessCodes(operatorJabar, { cohortId: cohort }),
      issueAccessCode(admin, { participantId: people[0].id, ganti: true }),
    ])
    const handedOut = [
      ...(cards.status === 'fulfilled' ? cards.value.cards.map((c) => ({ phone: c.phone, accessCode: c.accessCode, participantId: c.participantId })) : []),
      ...(single.status === 'fulfilled' ? [{ phone: single.value.phone, accessCode: single.value.accessCode, participantId: single.value.participantId }] : []),
    ]
    expect([cards, single].filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/baru saja dibuat oleh petugas lain/) }),
    ])
    for (const code of handedOut) {
      expect(await signInParticipant(testDb(), { phone: code.phone, accessCode: code.accessCode }, meta())).toMatchObject({ participantId: code.participantId })
    }
    // Two card runs at once: the second finds the codes taken and gives out none.
    const other = await createProgram()
    const second = (await createCohort((await createWave(other.id)).id, '32')).id
    for (let i = 0; i < 3; i++) await participantIn(second, other.id)
    const runs = await Promise.allSettled([issueCohortAccessCodes(operatorJabar, { cohortId: second }), issueCohortAccessCodes(admin, { cohortId: second })])
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
  })
})
