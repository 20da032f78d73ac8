import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { duplicateNameError, programFields, programSelect } from './program-input'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'

const updateProgramInput = z.object({ programId: z.guid('Program tidak valid.'), ...programFields })

/** A program's name, kind, year and certificate rule. */
export async function updateProgram(actor: Actor, raw: unknown) {
  requireAccess(actor, 'update', 'program')
  const { programId, ...input } = parseOrThrow(updateProgramInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.program.findUnique({ where: { id: programId }, select: programSelect })
      if (!before) throw notFoundError('Program tidak ditemukan.')
      const after = await tx.program.update({ where: { id: programId }, data: input, select: programSelect })
      await writeAuditLog(tx, actor, { action: 'update', entity: 'Program', entityId: programId, before, after })
      return after
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Nama program sudah dipakai.', duplicateNameError)
    throw e
  }
}
