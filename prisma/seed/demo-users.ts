// The demo sign-ins of DEMO_ACCOUNTS, upserted by e-mail or phone. A stored hash that still matches
// the demo secret is kept (argon2 salts differ on every hash), so a second run changes nothing; a run
// that does change an account (its role, password, code or status) ends that account's sessions.
import type { PrismaClient } from '../../generated/prisma/client'
import { hashSecret, verifySecret } from '../../lib/server/auth/password'
import { END_SESSIONS } from '../../lib/server/auth/end-sessions'
import { normalizeAccessCode } from '../../lib/server/participant-access/access-code'
import { DEMO_ACCOUNTS } from './demo-accounts'

async function keepOrHash(storedHash: string | null | undefined, secret: string): Promise<string> {
  return storedHash && (await verifySecret(storedHash, secret)) ? storedHash : hashSecret(secret)
}

/** Writes only when something differs, so a second run does not even touch updatedAt. */
const isUnchanged = (existing: Record<string, unknown> | null, fields: Record<string, unknown>) =>
  !!existing && Object.entries(fields).every(([key, value]) => existing[key] === value)

type StaffAccount = (typeof DEMO_ACCOUNTS)['adminPusat' | 'operatorJabar' | 'operatorKaltim' | 'pelatih']

async function upsertStaff(prisma: PrismaClient, account: StaffAccount, links: { provinceCode?: string; trainerId?: string }) {
  const existing = await prisma.user.findUnique({
    where: { email: account.email },
    select: { id: true, name: true, role: true, passwordHash: true, provinceCode: true, trainerId: true, active: true },
  })
  const fields = {
    name: account.name,
    role: account.role,
    passwordHash: await keepOrHash(existing?.passwordHash, account.password),
    provinceCode: links.provinceCode ?? null,
    trainerId: links.trainerId ?? null,
    active: true,
  }
  if (existing && isUnchanged(existing, fields)) return { id: existing.id }
  return prisma.user.upsert({ where: { email: account.email }, create: { email: account.email, ...fields }, update: { ...fields, ...END_SESSIONS }, select: { id: true } })
}

async function upsertPeserta(prisma: PrismaClient, participantId: string) {
  const account = DEMO_ACCOUNTS.peserta
  const existing = await prisma.user.findUnique({
    where: { phone: account.phone },
    select: { id: true, name: true, role: true, accessCodeHash: true, participantId: true, active: true },
  })
  const fields = {
    name: account.name,
    role: account.role,
    accessCodeHash: await keepOrHash(existing?.accessCodeHash, normalizeAccessCode(account.accessCode)),
    participantId,
    active: true,
  }
  if (existing && isUnchanged(existing, fields)) return { id: existing.id }
  return prisma.user.upsert({ where: { phone: account.phone }, create: { phone: account.phone, ...fields }, update: { ...fields, ...END_SESSIONS }, select: { id: true } })
}

export async function seedDemoUsers(prisma: PrismaClient, links: { trainerId: string; participantId: string }) {
  await upsertStaff(prisma, DEMO_ACCOUNTS.adminPusat, {})
  await upsertStaff(prisma, DEMO_ACCOUNTS.operatorJabar, { provinceCode: DEMO_ACCOUNTS.operatorJabar.provinceCode })
  await upsertStaff(prisma, DEMO_ACCOUNTS.operatorKaltim, { provinceCode: DEMO_ACCOUNTS.operatorKaltim.provinceCode })
  const pelatih = await upsertStaff(prisma, DEMO_ACCOUNTS.pelatih, { trainerId: links.trainerId })
  const peserta = await upsertPeserta(prisma, links.participantId)
  return { pelatihUserId: pelatih.id, pesertaUserId: peserta.id }
}
