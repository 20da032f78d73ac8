import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAccountKey, signInParticipant, signInStaff } from '@/lib/server/auth/sign-in'
import { testDb } from '../../support/database'
import { createParticipant, createUser } from '../../support/factories'

// Every argon2 verification the sign-in runs, counted: what an attacker gets evaluated.
const argon2 = vi.hoisted(() => ({ verifications: 0 }))
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>()
  return { ...real, verify: (...args: Parameters<typeof real.verify>) => { argon2.verifications++; return real.verify(...args) } }
})
beforeEach(() => { argon2.verifications = 0 })

const from = (ip: string) => ({ ip, userAgent: 'vitest' })
const settle = <T>(attempts: Promise<T>[]) => Promise.allSettled(attempts)
// Failed attempts are audited without an entity id (the account may not exist): count them all.
const failedSignIns = () => testDb().auditLog.count({ where: { action: 'sign-in-failed' } })

async function participantAccount(accessCode = 'BENAR-2345') {
  const participant = await createParticipant('32')
  const { actor } = await createUser('PESERTA', { participantId: participant.id, phone: participant.phone, accessCode })
  return { phone: participant.phone, accessCode, userId: actor.userId }
}

describe('sign-in rate limits count before the secret is checked', () => {
  it('evaluates at most five of 20 parallel wrong codes from one address', async () => {
    const { phone } = await participantAccount()
    const failedBefore = await failedSignIns()
    const results = await settle(Array.from({ length: 20 }, (_, i) => signInParticipant(testDb(), { phone, accessCode: `SALAH${String(i).padStart(3, 'A')}` }, from('10.20.0.1'))))
    expect(argon2.verifications).toBeLessThanOrEqual(5)
    expect((await failedSignIns()) - failedBefore).toBe(argon2.verifications)
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(20 - argon2.verifications)
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'RATE_LIMITED' })
  })

  it('evaluates only the free allowance of 50 parallel wrong codes from 50 addresses', async () => {
    const { phone } = await participantAccount()
    const failedBefore = await failedSignIns()
    await settle(Array.from({ length: 50 }, (_, i) => signInParticipant(testDb(), { phone, accessCode: `SALAHKODE${i}` }, from(`10.21.0.${i}`))))
    // Ten free, then 1 s, 2 s, … between attempts: a slow machine may let one or two more through.
    expect(argon2.verifications).toBeGreaterThanOrEqual(10)
    expect(argon2.verifications).toBeLessThanOrEqual(12)
    expect((await failedSignIns()) - failedBefore).toBe(argon2.verifications)
  })

  it("does not let a stranger's five wrong tries from another address lock the owner out", async () => {
    const { phone, accessCode, userId } = await participantAccount()
    for (let i = 0; i < 5; i++) expect(await signInParticipant(testDb(), { phone, accessCode: `TEBAK${i}XYZ` }, from('10.22.0.66'))).toBeNull()
    await expect(signInParticipant(testDb(), { phone, accessCode }, from('10.22.0.66'))).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(await signInParticipant(testDb(), { phone, accessCode }, from('10.22.0.1'))).toMatchObject({ userId })
  })

  it('a success forgets its address’s failures for the account but not the account-wide delay', async () => {
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    for (let i = 0; i < 4; i++) await signInStaff(testDb(), { email, password: `salah${i}` }, from('10.23.0.1'))
    expect(await signInStaff(testDb(), { email, password: 'Benar#123' }, from('10.23.0.1'))).not.toBeNull()
    for (let i = 0; i < 4; i++) expect(await signInStaff(testDb(), { email, password: `salah${i}` }, from('10.23.0.1'))).toBeNull()
    const account = await testDb().rateLimitBucket.findUniqueOrThrow({ where: { key: signInAccountKey(email!) } })
    expect(account.count).toBe(8)
  })

  it('keeps no e-mail or phone number in the bucket keys', async () => {
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    await signInStaff(testDb(), { email, password: 'salah' }, from('10.25.0.1'))
    const keys = (await testDb().rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key)
    expect(keys).toContain(signInAccountKey(email!))
    expect(keys.filter((k) => k.includes(email!) || k.includes('@'))).toEqual([])
  })

  it('slows guessing from many addresses down with a delay that doubles', async () => {
    const { email } = await createUser('ADMIN_PUSAT', { password: 'Benar#123' })
    const key = signInAccountKey(email!)
    for (let i = 0; i < 10; i++) expect(await signInStaff(testDb(), { email, password: `salah${i}` }, from(`10.24.0.${i}`))).toBeNull()
    // Even the right password from a fresh address waits: the attempt is refused before it is checked.
    const before = argon2.verifications
    await expect(signInStaff(testDb(), { email, password: 'Benar#123' }, from('10.24.1.1'))).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(argon2.verifications).toBe(before)
    const delays: number[] = []
    for (let i = 0; i < 4; i++) {
      const bucket = await testDb().rateLimitBucket.findUniqueOrThrow({ where: { key } })
      delays.push(bucket.nextAt.getTime() - Date.now())
      // Let the delay pass without waiting for it.
      await testDb().rateLimitBucket.update({ where: { key }, data: { nextAt: new Date(Date.now() - 1) } })
      expect(await signInStaff(testDb(), { email, password: `lagi${i}` }, from(`10.24.2.${i}`))).toBeNull()
    }
    const expected = [1_000, 2_000, 4_000, 8_000]
    delays.forEach((delay, i) => expect(delay).toBeGreaterThan(expected[i] - 1_000))
    delays.forEach((delay, i) => expect(delay).toBeLessThanOrEqual(expected[i]))
    const last = await testDb().rateLimitBucket.findUniqueOrThrow({ where: { key } })
    expect(last.nextAt.getTime() - Date.now()).toBeGreaterThan(16_000 - 1_000)
  })

  it('lets a whole training hall sign in from one address', async () => {
    const accounts = await Promise.all(Array.from({ length: 52 }, () => participantAccount('HALL-7777')))
    for (const { phone, accessCode, userId } of accounts) {
      expect(await signInParticipant(testDb(), { phone, accessCode }, from('10.25.0.1'))).toMatchObject({ userId })
    }
  })
})

describe('sign-in timing does not tell which accounts exist', () => {
  it('runs exactly one argon2 verification per attempt, known account or not', async () => {
    const { email } = await createUser('OPERATOR_PROVINSI', { provinceCode: '32', password: 'Benar#123' })
    const { phone } = await participantAccount()
    const noPassword = await createUser('PELATIH_AHLI')
    const attempts: [string, () => Promise<unknown>][] = [
      ['known e-mail, wrong password', () => signInStaff(testDb(), { email, password: 'salah' }, from('10.26.0.1'))],
      ['unknown e-mail', () => signInStaff(testDb(), { email: `tidak.ada.${Date.now()}@contoh.id`, password: 'salah' }, from('10.26.0.2'))],
      ['account without a password', () => signInStaff(testDb(), { email: noPassword.email, password: 'salah' }, from('10.26.0.3'))],
      ['known phone, wrong code', () => signInParticipant(testDb(), { phone, accessCode: 'SALAHKODE' }, from('10.26.0.4'))],
      ['unknown phone', () => signInParticipant(testDb(), { phone: '+6281999000111', accessCode: 'SALAHKODE' }, from('10.26.0.5'))],
    ]
    for (const [label, attempt] of attempts) {
      argon2.verifications = 0
      expect(await attempt(), label).toBeNull()
      expect(argon2.verifications, label).toBe(1)
    }
  })
})
