import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { assignmentWhere, cohortWhere, trainerWhere } from '@/lib/server/scope/where'
import { ACTIVE_COHORT } from './scheduling-data'

/** A wave's cohorts with their assigned trainers, and the active trainers who could be added. */
export async function getWaveAssignmentBoard(actor: Actor, waveId: string) {
  requireAccess(actor, 'read', 'wave')
  idOrNotFound(waveId, 'Gelombang tidak ditemukan.')
  const wave = await db.wave.findUnique({
    where: { id: waveId },
    select: {
      id: true, number: true, startDate: true, endDate: true, mode: true,
      program: { select: { id: true, name: true } },
      cohorts: {
        where: cohortWhere(actor),
        orderBy: [{ startDate: 'asc' }, { provinceCode: 'asc' }, { sequence: 'asc' }],
        select: {
          id: true, name: true, city: true, startDate: true, endDate: true, status: true,
          province: { select: { code: true, name: true, timeZoneLabel: true } },
          assignments: {
            where: assignmentWhere(actor),
            orderBy: [{ role: 'asc' }, { trainer: { name: 'asc' } }],
            select: { id: true, role: true, trainer: { select: { id: true, name: true, homeProvince: { select: { code: true, name: true } } } } },
          },
        },
      },
    },
  })
  if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
  const trainers = await db.trainer.findMany({
    where: { AND: [trainerWhere(actor), { active: true }] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    // "(3 kelas)": a cancelled cohort keeps nobody busy, as in the conflict rules.
    select: { id: true, name: true, homeProvince: { select: { name: true } }, _count: { select: { assignments: { where: { cohort: ACTIVE_COHORT } } } } },
  })
  return {
    wave,
    trainerOptions: trainers.map((t) => ({ id: t.id, name: t.name, provinceName: t.homeProvince.name, assignmentCount: t._count.assignments })),
  }
}

export type WaveAssignmentBoard = Awaited<ReturnType<typeof getWaveAssignmentBoard>>
