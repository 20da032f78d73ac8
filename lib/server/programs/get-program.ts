import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { programSelect } from './program-input'
import { idOrNotFound } from '@/lib/server/validation'

/** A program with its curriculum in order and its waves with cohort counts. */
export async function getProgramOrThrow(actor: Actor, id: string) {
  requireAccess(actor, 'read', 'program')
  idOrNotFound(id, 'Program tidak ditemukan.')
  const program = await db.program.findUnique({
    where: { id },
    select: {
      ...programSelect,
      modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true, order: true, _count: { select: { sessions: true } } } },
      waves: {
        orderBy: { number: 'asc' },
        select: { id: true, number: true, startDate: true, endDate: true, mode: true, _count: { select: { cohorts: true } } },
      },
    },
  })
  if (!program) throw notFoundError('Program tidak ditemukan.')
  return {
    ...program,
    totalJp: program.modules.reduce((sum, m) => sum + m.jp, 0),
    modules: program.modules.map(({ _count, ...m }) => ({ ...m, sessionCount: _count.sessions })),
    waves: program.waves.map(({ _count, ...w }) => ({ ...w, cohortCount: _count.cohorts })),
  }
}
