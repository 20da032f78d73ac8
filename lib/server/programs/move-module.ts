import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { lockProgramOrThrow } from './lock-program'
import { parseOrThrow, validationError } from '@/lib/server/validation'

const moveModuleInput = z.object({
  moduleId: z.guid('Modul tidak valid.'),
  direction: z.enum(['up', 'down'], { error: 'Arah tidak valid.' }),
})

/**
 * Swaps a module with its neighbour in the curriculum. `order` is unique per program and the
 * constraint is checked row by row, so the module parks at a negative order (never used) first.
 */
export async function moveModule(actor: Actor, raw: unknown) {
  requireAccess(actor, 'update', 'program')
  const { moduleId, direction } = parseOrThrow(moveModuleInput, raw)
  return db.$transaction(async (tx) => {
    const owner = await tx.module.findUnique({ where: { id: moduleId }, select: { programId: true } })
    if (!owner) throw notFoundError('Modul tidak ditemukan.')
    await lockProgramOrThrow(tx, owner.programId)
    // Read the order only once the lock is held: a concurrent move may just have changed it.
    const moving = await tx.module.findUnique({ where: { id: moduleId }, select: { id: true, programId: true, order: true } })
    if (!moving) throw notFoundError('Modul tidak ditemukan.')
    const neighbour = await tx.module.findFirst({
      where: { programId: moving.programId, order: direction === 'up' ? { lt: moving.order } : { gt: moving.order } },
      orderBy: { order: direction === 'up' ? 'desc' : 'asc' },
      select: { id: true, order: true },
    })
    if (!neighbour) {
      throw validationError({}, direction === 'up' ? 'Modul ini sudah di urutan pertama.' : 'Modul ini sudah di urutan terakhir.')
    }
    await tx.module.update({ where: { id: moving.id }, data: { order: -moving.order }, select: { id: true } })
    await tx.module.update({ where: { id: neighbour.id }, data: { order: moving.order }, select: { id: true } })
    await tx.module.update({ where: { id: moving.id }, data: { order: neighbour.order }, select: { id: true } })
    await writeAuditLog(tx, actor, {
      action: 'update', entity: 'Module', entityId: moving.id,
      before: { order: moving.order }, after: { order: neighbour.order, swappedWith: neighbour.id },
    })
    return { id: moving.id, order: neighbour.order }
  })
}
