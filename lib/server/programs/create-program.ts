import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { duplicateNameError, programFields, programSelect } from './program-input'
import { isUniqueViolation, parseOrThrow } from '@/lib/server/validation'

const createProgramInput = z.object(programFields)

/** A new program with its certificate rule; its curriculum is added module by module afterwards. */
export async function createProgram(actor: Actor, raw: unknown) {
  requireAccess(actor, 'create', 'program')
  const input = parseOrThrow(createProgramInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const program = await tx.program.create({ data: input, select: programSelect })
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Program', entityId: program.id, after: program })
      return program
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Nama program sudah dipakai.', duplicateNameError)
    throw e
  }
}
