import { describe, expect, it } from 'vitest'
import { signInParticipant, signInStaff } from '@/lib/server/auth/sign-in'
import { hashSecret } from '@/lib/server/auth/password'
import { testDb } from '../../support/database'
import { createParticipant, createUser } from '../../support/factories'

const meta = { ip: '10.1.2.3', userAgent: 'vitest' }

describe('staff sign-in (e-mail + password)', () => {
  it('signs in with the right password, case-insensitive e-mail, and records it', async () => {
    const { actor, email } = await createUser('OPERATOR_PROVINSI', { provinceCode: '32', password: 'Rahasia#123' })
    const signedIn = await signInStaff(testDb(), { email: email!.toUpperCase(), password: 'Rahasia#123' }, meta)
    expect(signedIn).toMatchObject({ userId: actor.userId, role: 'OPERATOR_PROVINSI', provinceCode: '32' })
    const user = await testDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { lastSignInAt: true } })
    expect(user.lastSignInAt).toBeInstanceOf(Date)
    expect(await testDb().auditLog.count({ where: { entityId: actor.userId, action: 'sign-in' } })).toBe(1)
  })

  it('refuses a wrong password, an unknown e-mail and malformed input', async () => {
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    expect(await signInStaff(testDb(), { email, password: 'Salah#123' }, meta)).toBeNull()
    expect(await signInStaff(testDb(), { email: 'tidak.ada@contoh.id', password: 'Benar#123' }, meta)).toBeNull()
    expect(await signInStaff(testDb(), { email: 'bukan-email', password: '' }, meta)).toBeNull()
    const failed = await testDb().auditLog.findFirstOrThrow({ where: { action: 'sign-in-failed' }, orderBy: { id: 'desc' } })
    expect(JSON.stringify(failed.after)).not.toContain('tidak.ada@')
    expect(failed).toMatchObject({ actorId: null, ip: '10.1.2.3', userAgent: 'vitest' })
  })

  it('refuses an inactive user', async () => {
    const { email } = await createUser('PELATIH_AHLI', { password: 'Benar#123', active: false })
    expect(await signInStaff(testDb(), { email, password: 'Benar#123' }, meta)).toBeNull()
  })

  it('locks an account for one address after five failures, even for the right password, without touching others', async () => {
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    const other = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    for (let i = 0; i < 5; i++) expect(await signInStaff(testDb(), { email, password: `salah${i}` }, meta)).toBeNull()
    await expect(signInStaff(testDb(), { email, password: 'Benar#123' }, meta)).rejects.toMatchObject({
      code: 'RATE_LIMITED', message: expect.stringMatching(/Terlalu banyak percobaan/),
    })
    expect(await signInStaff(testDb(), { email: other.email, password: 'Benar#123' }, meta)).not.toBeNull()
  })

  it('limits failures per address across accounts', async () => {
    const address = { ip: '10.50.50.50', userAgent: null }
    for (let i = 0; i < 50; i++) await signInStaff(testDb(), { email: `acak${i}@contoh.id`, password: 'x' }, address)
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    await expect(signInStaff(testDb(), { email, password: 'Benar#123' }, address)).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(await signInStaff(testDb(), { email, password: 'Benar#123' }, meta)).not.toBeNull()
  })

  it('does not let a participant account in through the staff form', async () => {
    const participant = await createParticipant('32')
    const { email } = await createUser('PESERTA', { participantId: participant.id, password: 'Benar#123' })
    expect(email).toBeNull()
    const row = await testDb().user.update({ where: { participantId: participant.id }, data: { email: `peserta.${participant.id}@contoh.id` }, select: { email: true } })
    expect(await signInStaff(testDb(), { email: row.email, password: 'Benar#123' }, meta)).toBeNull()
  })
})

describe('participant sign-in (phone + access code)', () => {
  it('accepts the phone as people type it and the code in any case', async () => {
    const participant = await createParticipant('64')
    const { actor } = await createUser('PESERTA', { participantId: participant.id, phone: participant.phone, accessCode: 'KODE-1234' })
    const local = '0' + participant.phone.slice(3).replace(/(\d{3})(\d{4})/, '$1-$2-')
    const signedIn = await signInParticipant(testDb(), { phone: local, accessCode: 'kode-1234' }, meta)
    expect(signedIn).toMatchObject({ userId: actor.userId, role: 'PESERTA', participantId: participant.id })
  })

  it('still accepts a code hashed before normalisation, with its dash', async () => {
    const participant = await createParticipant('64')
    const { actor } = await createUser('PESERTA', { participantId: participant.id, phone: participant.phone })
    await testDb().user.update({ where: { id: actor.userId }, data: { accessCodeHash: await hashSecret('LAMA-2024') } })
    expect(await signInParticipant(testDb(), { phone: participant.phone, accessCode: 'lama-2024' }, meta)).toMatchObject({ userId: actor.userId })
    expect(await signInParticipant(testDb(), { phone: participant.phone, accessCode: 'lama 2024' }, meta)).toBeNull()
  })

  it('refuses a wrong code or an unknown phone', async () => {
    const participant = await createParticipant('64')
    await createUser('PESERTA', { participantId: participant.id, phone: participant.phone, accessCode: 'KODE-9999' })
    expect(await signInParticipant(testDb(), { phone: participant.phone, accessCode: 'KODE-0000' }, meta)).toBeNull()
    expect(await signInParticipant(testDb(), { phone: '081299999999', accessCode: 'KODE-9999' }, meta)).toBeNull()
    expect(await signInParticipant(testDb(), { phone: 'abc', accessCode: 'KODE-9999' }, meta)).toBeNull()
  })

  it('stores the access code only as a hash', async () => {
    const participant = await createParticipant('32')
    const { actor } = await createUser('PESERTA', { participantId: participant.id, phone: participant.phone, accessCode: 'KODE-5555' })
    const user = await testDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { accessCodeHash: true } })
    expect(user.accessCodeHash).toMatch(/^\$argon2id\$/)
    expect(user.accessCodeHash).not.toContain('KODE-5555')
  })
})
