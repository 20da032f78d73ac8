import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { sessionWhere } from '@/lib/server/scope/where'
import { sessionSelect } from './session-input'

const deleteSessionInput = z.object({ sessionId: z.guid('Sesi tidak valid.') })

/** Removes a session from an agenda, unless attendance was already recorded for it. */
export async function deleteSession(actor: Actor, raw: unknown) {
  const { sessionId } = parseOrThrow(deleteSessionInput, raw)
  return db.$transaction(async (tx) => {
    const found = await tx.session.findFirst({
      where: { AND: [sessionWhere(actor, 'delete'), { id: sessionId }] },
      select: { ...sessionSelect, _count: { select: { marks: true } } },
    })
    if (!found) throw notFoundError('Sesi tidak ditemukan.')
    const { _count, ...before } = found
    if (_count.marks > 0) {
      throw new AppError('CONFLICT', `Sesi "${before.title}" sudah memiliki ${_count.marks} catatan kehadiran sehingga tidak dapat dihapus. Ubah waktunya bila perlu.`)
    }
    // Guarded again in the delete itself: a mark recorded meanwhile would otherwise cascade away.
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, marks: { none: {} } } })
    if (count === 0) throw new AppError('CONFLICT', `Sesi "${before.title}" baru saja mendapat catatan kehadiran sehingga tidak dapat dihapus.`)
    await writeAuditLog(tx, actor, { action: 'delete', entity: 'Session', entityId: sessionId, before })
    return { id: sessionId, cohortId: before.cohortId }
  })
}
