import 'server-only'
import type { Tx } from '@/lib/server/db'
import { hashSecret } from '@/lib/server/auth/password'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation } from '@/lib/server/programs/validation'
import { generateAccessCode, normalizeAccessCode } from './access-code'
import { createSignInToken } from './sign-in-link'

// The one code path that gives participants new access codes, for a single participant
// (issue-access-code) and for a whole cohort's cards (issue-cohort-access-codes).

export type AccessTarget = { id: string; name: string; phone: string }
export type PreparedCode = AccessTarget & { accessCode: string; accessCodeHash: string }
export type SavedCode = PreparedCode & { userId: string; isReset: boolean; signInToken: string }

// argon2 (~25 ms a hash) runs on libuv's thread pool, 4 threads by default: more in flight at once
// only queues there and keeps every request of this instance waiting behind a big cohort.
const HASH_CONCURRENCY = 4

/** New codes, hashed a few at a time, before any transaction opens: hashing is the slow part. */
export async function prepareAccessCodes(targets: readonly AccessTarget[]): Promise<PreparedCode[]> {
  const prepared: PreparedCode[] = new Array(targets.length)
  let next = 0
  const worker = async () => {
    while (next < targets.length) {
      const i = next++
      const accessCode = generateAccessCode()
      prepared[i] = { ...targets[i], accessCode, accessCodeHash: await hashSecret(normalizeAccessCode(accessCode)) }
    }
  }
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, targets.length) }, worker))
  return prepared
}

/**
 * Stores the hashes: updates the participants' existing sign-in accounts, creates the missing ones
 * in one INSERT. The previous codes and every link signed for them stop working. Audit entries are
 * the caller's, written in the same transaction.
 */
export async function saveAccessCodes(tx: Tx, prepared: readonly PreparedCode[]): Promise<SavedCode[]> {
  if (!prepared.length) return []
  const existing = await tx.user.findMany({ where: { participantId: { in: prepared.map((p) => p.id) } }, select: { id: true, participantId: true } })
  const userOf = new Map(existing.map((u) => [u.participantId, u.id]))
  const taken = await tx.user.findMany({
    where: { phone: { in: prepared.map((p) => p.phone) }, OR: [{ participantId: null }, { participantId: { notIn: prepared.map((p) => p.id) } }] },
    select: { phone: true },
  })
  if (taken.length) {
    const names = prepared.filter((p) => taken.some((t) => t.phone === p.phone)).map((p) => p.name)
    throw phoneConflict(prepared.length > 1 ? names : [])
  }
  try {
    for (const p of prepared) {
      const userId = userOf.get(p.id)
      if (userId) await tx.user.update({ where: { id: userId }, data: { accessCodeHash: p.accessCodeHash, phone: p.phone, name: p.name }, select: { id: true } })
    }
    const missing = prepared.filter((p) => !userOf.has(p.id))
    if (missing.length) {
      const created = await tx.user.createManyAndReturn({
        data: missing.map((p) => ({ role: 'PESERTA' as const, participantId: p.id, phone: p.phone, name: p.name, accessCodeHash: p.accessCodeHash })),
        select: { id: true, participantId: true },
      })
      for (const u of created) userOf.set(u.participantId, u.id)
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw phoneConflict([])
    throw e
  }
  const resetIds = new Set(existing.map((u) => u.participantId))
  return prepared.map((p) => {
    const userId = userOf.get(p.id)!
    return { ...p, userId, isReset: resetIds.has(p.id), signInToken: createSignInToken({ id: userId, accessCodeHash: p.accessCodeHash }) }
  })
}

/** Names only in a batch: for one participant the officer already knows whose number it is. */
function phoneConflict(names: string[]) {
  if (names.length) return new AppError('CONFLICT', `Nomor HP peserta berikut sudah dipakai akun lain: ${names.join(', ')}. Periksa nomor HP mereka.`)
  return new AppError('CONFLICT', 'Nomor HP peserta ini sudah dipakai akun lain. Periksa nomor HP peserta.')
}
