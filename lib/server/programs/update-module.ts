import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { moduleFields } from './program-input'
import { parseOrThrow } from '@/lib/server/validation'

const updateModuleInput = z.object({ moduleId: z.guid('Modul tidak valid.'), ...moduleFields })
const moduleSelect = { id: true, programId: true, title: true, jp: true, order: true } as const

/** A module's title and JP. Existing agendas keep their sessions; "Susun ulang agenda" applies the change. */
export async function updateModule(actor: Actor, raw: unknown) {
  requireAccess(actor, 'update', 'program')
  const { moduleId, ...input } = parseOrThrow(updateModuleInput, raw)
  return db.$transaction(async (tx) => {
    const before = await tx.module.findUnique({ where: { id: moduleId }, select: moduleSelect })
    if (!before) throw notFoundError('Modul tidak ditemukan.')
    const after = await tx.module.update({ where: { id: moduleId }, data: input, select: moduleSelect })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Module', entityId: moduleId, before, after })
    return after
  })
}
