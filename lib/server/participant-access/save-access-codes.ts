import 'server-only'
import { lockKeys } from '@/lib/server/advisory-locks'
import type { Tx } from '@/lib/server/db'
import { uuidV7s } from '@/lib/server/ids/uuid-v7'
import { END_SESSIONS } from '@/lib/server/auth/end-sessions'
import { hashSecret } from '@/lib/server/auth/password'
import { AppError } from '@/lib/server/errors'
import { isUniqueViolation } from '@/lib/server/validation'
import { generateAccessCode, normalizeAccessCode } from './access-code'
import { createSignInToken } from './sign-in-link'

// The one code path that gives participants new access codes, for a single participant
// (issue-access-code) and for a whole cohort's cards (issue-cohort-access-codes).

export type AccessTarget = { id: string; name: string; phone: string; user: { id: string; accessCodeHash: string | null } | null }
/** Everything a card or message needs, made before anything is stored: ids, hashes and link tokens. */
export type PreparedCode = {
  id: string; name: string; phone: string; accessCode: string; accessCodeHash: string; signInToken: string
  userId: string; isReset: boolean
  /** The stored code hash when the participant was chosen: saving refuses if it changed since. */
  expectedHash: string | null
}

// argon2 (~25 ms a hash) runs on libuv's thread pool, 4 threads by default: more in flight at once
// only queues there and keeps every request of this instance waiting behind a big cohort.
const HASH_CONCURRENCY = 4

/**
 * New codes, hashed a few at a time, before any transaction opens: hashing is the slow part. Sign-in
 * accounts that do not exist yet get their ids now, so the signed links (and cards) can be made
 * before the codes are stored, and nothing is stored when making them fails.
 */
export async function prepareAccessCodes(targets: readonly AccessTarget[]): Promise<PreparedCode[]> {
  const newIds = uuidV7s(targets.length)
  const prepared: PreparedCode[] = new Array(targets.length)
  let next = 0
  const worker = async () => {
    while (next < targets.length) {
      const i = next++
      const { user, ...target } = targets[i]
      const accessCode = generateAccessCode()
      const accessCodeHash = await hashSecret(normalizeAccessCode(accessCode))
      const userId = user?.id ?? newIds[i]
      prepared[i] = {
        ...target, accessCode, accessCodeHash, userId, isReset: !!user, expectedHash: user?.accessCodeHash ?? null,
        signInToken: createSignInToken({ id: userId, accessCodeHash }),
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, targets.length) }, worker))
  return prepared
}

/**
 * Stores the hashes: updates the participants' existing sign-in accounts, creates the missing ones
 * in one INSERT. The previous codes and every link signed for them stop working. Two officers giving
 * the same participant a code at once (cards and a single reset, or two card runs) are serialised by
 * a lock per participant, and the later one is refused whole when the code it started from changed:
 * every code handed out is the one that works. A reset also ends the participant's open sessions
 * (call forgetSessionUsers after the commit). Audit entries are the caller's, in the same transaction.
 */
export async function saveAccessCodes(tx: Tx, prepared: readonly PreparedCode[]): Promise<void> {
  if (!prepared.length) return
  const ids = prepared.map((p) => p.id)
  await lockKeys(tx, ids.map((id) => `access-code:${id}`))
  const existing = new Map((await tx.user.findMany({ where: { participantId: { in: ids } }, select: { id: true, participantId: true, accessCodeHash: true } }))
    .map((u) => [u.participantId, u]))
  const changed = prepared.filter((p) => {
    const user = existing.get(p.id)
    return (user?.id ?? null) !== (p.isReset ? p.userId : null) || (user?.accessCodeHash ?? null) !== p.expectedHash
  })
  if (changed.length) throw codesChanged(prepared.length > 1 ? changed.map((p) => p.name) : [])
  const taken = await tx.user.findMany({
    where: { phone: { in: prepared.map((p) => p.phone) }, OR: [{ participantId: null }, { participantId: { notIn: ids } }] },
    select: { phone: true },
  })
  if (taken.length) {
    const names = prepared.filter((p) => taken.some((t) => t.phone === p.phone)).map((p) => p.name)
    throw phoneConflict(prepared.length > 1 ? names : [])
  }
  try {
    for (const p of prepared.filter((p) => p.isReset)) {
      await tx.user.update({ where: { id: p.userId }, data: { accessCodeHash: p.accessCodeHash, phone: p.phone, name: p.name, ...END_SESSIONS }, select: { id: true } })
    }
    const missing = prepared.filter((p) => !p.isReset)
    if (missing.length) {
      await tx.user.createMany({ data: missing.map((p) => ({ id: p.userId, role: 'PESERTA' as const, participantId: p.id, phone: p.phone, name: p.name, accessCodeHash: p.accessCodeHash })) })
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw phoneConflict([])
    throw e
  }
}

function codesChanged(names: string[]) {
  if (names.length) return new AppError('CONFLICT', `Kode akses ${names.join(', ')} baru saja dibuat oleh petugas lain. Tidak ada kode yang diubah; cetak ulang kartunya.`)
  return new AppError('CONFLICT', 'Kode akses peserta ini baru saja dibuat oleh petugas lain. Muat ulang halaman bila ingin membuat kode baru lagi.')
}

/** Names only in a batch: for one participant the officer already knows whose number it is. */
function phoneConflict(names: string[]) {
  if (names.length) return new AppError('CONFLICT', `Nomor HP peserta berikut sudah dipakai akun lain: ${names.join(', ')}. Periksa nomor HP mereka.`)
  return new AppError('CONFLICT', 'Nomor HP peserta ini sudah dipakai akun lain. Periksa nomor HP peserta.')
}
