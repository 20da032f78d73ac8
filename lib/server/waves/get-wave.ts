import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere } from '@/lib/server/scope/where'

/** A wave with the cohorts the actor may read: province, dates, venue, quota and how planned each one is. */
export async function getWaveOrThrow(actor: Actor, id: string) {
  requireAccess(actor, 'read', 'wave')
  idOrNotFound(id, 'Gelombang tidak ditemukan.')
  const wave = await db.wave.findUnique({
    where: { id },
    select: {
      id: true, number: true, startDate: true, endDate: true, mode: true,
      program: { select: { id: true, name: true } },
      cohorts: {
        where: cohortWhere(actor),
        orderBy: [{ provinceCode: 'asc' }, { sequence: 'asc' }],
        select: {
          id: true, name: true, venue: true, city: true, startDate: true, endDate: true, quota: true, status: true,
          province: { select: { code: true, name: true, timeZoneLabel: true } },
          _count: { select: { sessions: true, assignments: true, enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
        },
      },
    },
  })
  if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
  return {
    ...wave,
    cohorts: wave.cohorts.map(({ _count, ...c }) => ({
      ...c, sessionCount: _count.sessions, trainerCount: _count.assignments, participantCount: _count.enrolments,
    })),
  }
}

export type WaveCohortRow = Awaited<ReturnType<typeof getWaveOrThrow>>['cohorts'][number]
