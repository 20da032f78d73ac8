import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { lockProgramOrThrow } from './lock-program'
import { parseOrThrow } from '@/lib/server/validation'

const deleteModuleInput = z.object({ moduleId: z.guid('Modul tidak valid.') })

/**
 * Removes a module from the curriculum and closes the gap in the order. Sessions already planned
 * from it stay on their cohorts' agendas (with their attendance) and are only detached from the
 * module: an agenda that has run must never lose its record because the curriculum changed.
 */
export async function deleteModule(actor: Actor, raw: unknown) {
  requireAccess(actor, 'update', 'program')
  const { moduleId } = parseOrThrow(deleteModuleInput, raw)
  return db.$transaction(async (tx) => {
    const owner = await tx.module.findUnique({ where: { id: moduleId }, select: { programId: true } })
    if (!owner) throw notFoundError('Modul tidak ditemukan.')
    await lockProgramOrThrow(tx, owner.programId)
    // Read the order only once the lock is held: a concurrent move may just have changed it.
    const before = await tx.module.findUnique({ where: { id: moduleId }, select: { id: true, programId: true, title: true, jp: true, order: true } })
    if (!before) throw notFoundError('Modul tidak ditemukan.')
    const { count: detachedSessions } = await tx.session.updateMany({ where: { moduleId }, data: { moduleId: null } })
    await tx.module.delete({ where: { id: moduleId } })
    // Ascending, each into the slot just freed below it: the unique order is never violated.
    const later = await tx.module.findMany({ where: { programId: before.programId, order: { gt: before.order } }, orderBy: { order: 'asc' }, select: { id: true, order: true } })
    for (const m of later) await tx.module.update({ where: { id: m.id }, data: { order: m.order - 1 }, select: { id: true } })
    await writeAuditLog(tx, actor, { action: 'delete', entity: 'Module', entityId: moduleId, before, after: { detachedSessions } })
    return { detachedSessions }
  })
}
