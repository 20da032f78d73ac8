import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { signInParticipant, signInWithLink } from '@/lib/server/auth/sign-in'
import { issueAccessCode } from '@/lib/server/participant-access/issue-access-code'
import { createSignInToken, readSignInToken, SIGN_IN_LINK_DAYS } from '@/lib/server/participant-access/sign-in-link'
import { testDb } from '../../support/database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'

const meta = { ip: '203.0.113.7', userAgent: 'vitest' }
let admin: Actor, operatorJabar: Actor, operatorKaltim: Actor, pelatih: Actor
let participantId: string, phone: string

beforeAll(async () => {
  admin = (await createUser('ADMIN_PUSAT')).actor
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  pelatih = (await createUser('PELATIH_AHLI', { trainerId: (await createTrainer('32')).id })).actor
  const program = await createProgram()
  const cohort = await createCohort((await createWave(program.id)).id, '32')
  const participant = await createParticipant('32')
  await enrol(participant.id, cohort.id, program.id)
  participantId = participant.id
  phone = (await testDb().participant.findUniqueOrThrow({ where: { id: participantId }, select: { phone: true } })).phone
})

describe('personal access codes', () => {
  it('creates the participant\'s account with a code that signs in by phone, stored only as a hash', async () => {
    const issued = await issueAccessCode(operatorJabar, { participantId })
    expect(issued.accessCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    expect(issued.cohortName).toBe('Kelas Jawa Barat')
    const user = await testDb().user.findUniqueOrThrow({ where: { participantId }, select: { id: true, role: true, phone: true, accessCodeHash: true } })
    expect(user).toMatchObject({ role: 'PESERTA', phone })
    expect(user.accessCodeHash).toMatch(/^\$argon2id\$/)
    const typed = issued.accessCode.toLowerCase().replace('-', ' ')
    expect(await signInParticipant(testDb(), { phone, accessCode: typed }, meta)).toMatchObject({ userId: user.id, participantId })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Participant', entityId: participantId, action: 'issue-access-code' } })
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(issued.accessCode)
  })

  it('signs in with the signed link; a reset revokes the old code and the old link', async () => {
    const first = await issueAccessCode(admin, { participantId, ganti: true })
    expect(await signInWithLink(testDb(), { token: first.signInToken }, meta)).toMatchObject({ participantId, role: 'PESERTA' })
    // Replacing a code is confirmed first: unconfirmed, the old code and link keep working.
    await expectAppError(issueAccessCode(operatorJabar, { participantId }), 'CONFLICT', /sudah memiliki kode akses.*konfirmasi dulu/)
    expect(await signInWithLink(testDb(), { token: first.signInToken }, meta)).toMatchObject({ participantId })
    const second = await issueAccessCode(operatorJabar, { participantId, ganti: '1' })
    expect(await signInWithLink(testDb(), { token: first.signInToken }, meta)).toBeNull()
    expect(await signInParticipant(testDb(), { phone, accessCode: first.accessCode }, meta)).toBeNull()
    expect(await signInWithLink(testDb(), { token: second.signInToken }, meta)).toMatchObject({ participantId })
    expect(await testDb().auditLog.count({ where: { entityId: participantId, action: 'reset-access-code' } })).toBe(2)
  })

  it('limits failed link sign-ins per address', async () => {
    const ip = { ...meta, ip: '192.0.2.55' }
    for (let i = 0; i < 5; i++) expect(await signInWithLink(testDb(), { token: 'y'.repeat(56) }, ip)).toBeNull()
    await expectAppError(signInWithLink(testDb(), { token: 'y'.repeat(56) }, ip), 'RATE_LIMITED')
  })

  it('refuses forged, altered, expired and staff tokens', async () => {
    const { signInToken } = await issueAccessCode(admin, { participantId, ganti: true })
    const flipped = signInToken.slice(0, 10) + (signInToken[10] === 'A' ? 'B' : 'A') + signInToken.slice(11)
    for (const [i, token] of ['', 'x'.repeat(56), flipped, signInToken + 'A', 42, null].entries()) {
      expect(await signInWithLink(testDb(), { token }, { ...meta, ip: `198.51.100.${i}` })).toBeNull()
    }
    const user = await testDb().user.findUniqueOrThrow({ where: { participantId }, select: { id: true, accessCodeHash: true } })
    const old = createSignInToken({ id: user.id, accessCodeHash: user.accessCodeHash! }, Date.now() - (SIGN_IN_LINK_DAYS + 1) * 86_400_000)
    expect(readSignInToken(old)).toBeNull()
    expect(await signInWithLink(testDb(), { token: old }, { ...meta, ip: '198.51.100.99' })).toBeNull()
    // A token for a staff account (even one we signed) never signs in through the participant link.
    const staff = await testDb().user.update({ where: { id: admin.userId }, data: { accessCodeHash: user.accessCodeHash }, select: { id: true, accessCodeHash: true } })
    expect(await signInWithLink(testDb(), { token: createSignInToken({ id: staff.id, accessCodeHash: staff.accessCodeHash! }) }, { ...meta, ip: '203.0.113.8' })).toBeNull()
  })

  it('is refused outside the officer\'s province and to trainers, changing nothing', async () => {
    const before = await testDb().user.findUniqueOrThrow({ where: { participantId }, select: { accessCodeHash: true } })
    await expectAppError(issueAccessCode(operatorKaltim, { participantId, ganti: true }), 'NOT_FOUND')
    await expectAppError(issueAccessCode(pelatih, { participantId, ganti: true }), 'FORBIDDEN')
    await expectAppError(issueAccessCode(admin, { participantId: 'bukan-id' }), 'VALIDATION')
    expect(await testDb().user.findUniqueOrThrow({ where: { participantId }, select: { accessCodeHash: true } })).toEqual(before)
  })
})
