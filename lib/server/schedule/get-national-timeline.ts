import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { cachedRead } from '@/lib/server/cache/read-cache'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { buildTimelineGrid } from './timeline-grid'

// The id comes from the address bar: a malformed one names no program, like an unknown one.
const timelineInput = z.object({ programId: z.guid().optional() })

const PROVINCES_TTL_MS = 10 * 60_000

/** Reference regions change only with a new seed: read them once per instance and TTL. */
const listProvinces = () =>
  cachedRead('schedule:provinces', () => db.province.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, timeZoneLabel: true } }), PROVINCES_TTL_MS)

/**
 * The national wave × province plan of one program (by default the latest year's): every province,
 * every wave, each cohort with its status, trainer count against the required number and head count.
 * One query for the program's waves and cohorts with their counts; the grid is built in memory.
 */
export async function getNationalTimeline(actor: Actor, raw: unknown = {}) {
  if (requireAccess(actor, 'read', 'schedule') !== 'any') throw forbiddenError()
  const parsed = timelineInput.safeParse(raw)
  if (!parsed.success) throw notFoundError('Program tidak ditemukan.')
  const [programs, provinces, settings] = await Promise.all([
    db.program.findMany({ orderBy: [{ year: 'desc' }, { createdAt: 'desc' }], select: { id: true, name: true, year: true, kind: true } }),
    listProvinces(),
    getSchedulingSettings(),
  ])
  const program = parsed.data.programId ? programs.find((p) => p.id === parsed.data.programId) : programs[0]
  if (!program) {
    if (parsed.data.programId) throw notFoundError('Program tidak ditemukan.')
    return { programs, program: null, waves: [], trainersPerCohort: settings.trainersPerCohort, ...buildTimelineGrid(provinces, [], [], settings.trainersPerCohort) }
  }
  const waves = await db.wave.findMany({
    where: { programId: program.id },
    orderBy: { number: 'asc' },
    select: {
      id: true, number: true, startDate: true, endDate: true, mode: true,
      cohorts: {
        select: {
          id: true, waveId: true, provinceCode: true, sequence: true, name: true, status: true, quota: true,
          _count: { select: { assignments: true, enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
        },
      },
    },
  })
  const cohorts = waves.flatMap((w) => w.cohorts.map(({ _count, ...c }) => ({ ...c, participantCount: _count.enrolments, trainerCount: _count.assignments })))
  const waveList = waves.map(({ cohorts: _, ...w }) => w)
  return {
    programs, program, waves: waveList, trainersPerCohort: settings.trainersPerCohort,
    ...buildTimelineGrid(provinces, waveList, cohorts, settings.trainersPerCohort),
  }
}

export type NationalTimeline = Awaited<ReturnType<typeof getNationalTimeline>>
