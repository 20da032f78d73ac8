import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { endSessions, forgetSessionUsers, updateUserAccount } from '@/lib/server/auth/end-sessions'
import { getAuthOptions } from '@/lib/server/auth/options'
import { hashSecret } from '@/lib/server/auth/password'
import { sessionUser } from '@/lib/server/auth/session'
import { signInParticipant, signInStaff } from '@/lib/server/auth/sign-in'
import { issueAccessCode } from '@/lib/server/participant-access/issue-access-code'
import { issueCohortAccessCodes } from '@/lib/server/participant-access/issue-cohort-access-codes'
import { updateTrainer } from '@/lib/server/trainers/update-trainer'
import { testDb } from '../../support/database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'

// A session is a JWT with the user id (`sub`) and the session version at sign-in (`sv`), exactly as
// next-auth's jwt callback builds it; sessionUser is what getActor asks on every request.
const meta = { ip: '198.51.100.9', userAgent: 'vitest' }
const tokenOf = (signedIn: { userId: string; sessionVersion: number } | null) => ({ sub: signedIn!.userId, sv: signedIn!.sessionVersion })

let operator: Actor
let cohortId: string
let programId: string

beforeAll(async () => {
  operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  programId = (await createProgram()).id
  cohortId = (await createCohort((await createWave(programId)).id, '32')).id
})

async function signedInStaff() {
  const { actor, email } = await createUser('PELATIH_AHLI', { password: 'Benar#123' })
  const signedIn = await signInStaff(testDb(), { email, password: 'Benar#123' }, meta)
  const token = tokenOf(signedIn)
  expect(await sessionUser(token)).toMatchObject({ id: actor.userId })
  return { userId: actor.userId, token }
}

async function signedInParticipant() {
  const participant = await createParticipant('32')
  await enrol(participant.id, cohortId, programId)
  const issued = await issueAccessCode(operator, { participantId: participant.id })
  const signedIn = await signInParticipant(testDb(), { phone: participant.phone, accessCode: issued.accessCode }, meta)
  const token = tokenOf(signedIn)
  expect(await sessionUser(token)).not.toBeNull()
  return { participantId: participant.id, token }
}

describe('sessions can be ended', () => {
  it('deactivating a trainer ends their sessions and stops their sign-in; reactivating lets them in again', async () => {
    const trainer = await createTrainer()
    const { actor: account, email } = await createUser('PELATIH_AHLI', { password: 'Benar#123', trainerId: trainer.id })
    const token = tokenOf(await signInStaff(testDb(), { email, password: 'Benar#123' }, meta))
    expect(await sessionUser(token)).toMatchObject({ id: account.userId })
    const admin = (await createUser('ADMIN_PUSAT')).actor
    const profile = await testDb().trainer.findUniqueOrThrow({ where: { id: trainer.id } })
    const form = (active: boolean) => ({
      trainerId: trainer.id, name: profile.name, email: profile.email, phone: profile.phone ?? '', homeProvinceCode: profile.homeProvinceCode,
      institution: profile.institution ?? '', expertise: profile.expertise.join(', '), active: active ? 'on' : 'false',
    })

    // An edit that keeps the status leaves the session alone.
    await updateTrainer(admin, form(true))
    expect(await sessionUser(token)).not.toBeNull()

    await updateTrainer(admin, form(false))
    expect(await sessionUser(token)).toBeNull()
    await expect(signInStaff(testDb(), { email, password: 'Benar#123' }, meta)).resolves.toBeNull()

    await updateTrainer(admin, form(true))
    expect(await signInStaff(testDb(), { email, password: 'Benar#123' }, meta)).toMatchObject({ userId: account.userId })
  })

  it('refuses a token without a version (issued before versions existed) or with another one', async () => {
    const { token } = await signedInStaff()
    expect(await sessionUser({ sub: token.sub })).toBeNull()
    expect(await sessionUser({ ...token, sv: token.sv + 1 })).toBeNull()
  })

  it('sign-out ends every session of the user; a token already ended cannot end the next ones', async () => {
    const { userId, token } = await signedInStaff()
    await getAuthOptions().events!.signOut!({ token, session: undefined as never })
    expect(await sessionUser(token)).toBeNull()
    const next = tokenOf(await signInStaff(testDb(), { email: (await testDb().user.findUniqueOrThrow({ where: { id: userId } })).email, password: 'Benar#123' }, meta))
    await getAuthOptions().events!.signOut!({ token, session: undefined as never })
    expect(await sessionUser(next)).not.toBeNull()
  })

  it('a new access code ends the participant’s open sessions at once on this instance', async () => {
    const { participantId, token } = await signedInParticipant()
    await issueAccessCode(operator, { participantId, ganti: true })
    expect(await sessionUser(token)).toBeNull()
  })

  it('reissuing a cohort’s cards ends the sessions of every participant whose code changed', async () => {
    const { token } = await signedInParticipant()
    await issueCohortAccessCodes(operator, { cohortId, sasaran: 'semua', ganti: true })
    expect(await sessionUser(token)).toBeNull()
  })

  it.each([
    ['a password change', async () => ({ passwordHash: await hashSecret('Baru#4567') })],
    ['deactivation', async () => ({ active: false })],
    ['a role change', async () => ({ role: 'OPERATOR_PROVINSI' as const })],
  ])('%s ends every earlier session', async (_label, change) => {
    const { userId, token } = await signedInStaff()
    await updateUserAccount(testDb(), userId, await change())
    forgetSessionUsers([userId])
    expect(await sessionUser(token)).toBeNull()
    await testDb().user.update({ where: { id: userId }, data: { active: true } })
    forgetSessionUsers([userId])
    expect(await sessionUser(token)).toBeNull()
  })

  it('endSessions ends the sessions of several users', async () => {
    const a = await signedInStaff()
    const b = await signedInStaff()
    await endSessions(testDb(), [a.userId, b.userId])
    expect(await sessionUser(a.token)).toBeNull()
    expect(await sessionUser(b.token)).toBeNull()
  })
})
