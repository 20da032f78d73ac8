import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { requireAccess } from '@/lib/server/scope/access'
import { lockProgramOrThrow } from './lock-program'
import { moduleFields } from './program-input'
import { parseOrThrow } from '@/lib/server/validation'

const addModuleInput = z.object({ programId: z.guid('Program tidak valid.'), ...moduleFields })

/** A module at the end of the program's curriculum. */
export async function addModule(actor: Actor, raw: unknown) {
  requireAccess(actor, 'update', 'program')
  const { programId, ...input } = parseOrThrow(addModuleInput, raw)
  return db.$transaction(async (tx) => {
    await lockProgramOrThrow(tx, programId)
    const last = await tx.module.findFirst({ where: { programId }, orderBy: { order: 'desc' }, select: { order: true } })
    const created = await tx.module.create({
      data: { programId, ...input, order: (last?.order ?? 0) + 1 },
      select: { id: true, programId: true, title: true, jp: true, order: true },
    })
    await writeAuditLog(tx, actor, { action: 'create', entity: 'Module', entityId: created.id, after: created })
    return created
  })
}
