import 'server-only'
import type { Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'

/**
 * Locks the program row for the rest of the transaction (and marks it changed), so that two
 * concurrent curriculum edits of one program take turns instead of racing for the same `order`.
 */
export async function lockProgramOrThrow(tx: Tx, programId: string): Promise<void> {
  const { count } = await tx.program.updateMany({ where: { id: programId }, data: { updatedAt: new Date() } })
  if (count === 0) throw notFoundError('Program tidak ditemukan.')
}
