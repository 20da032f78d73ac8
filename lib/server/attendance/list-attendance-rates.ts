import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { emptyCounts, sumTallies, tallyFigures, type RateTally } from '@/lib/attendance/recap'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { attendanceMarkWhere, cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

export type CohortRate = RateTally & {
  cohortId: string
  cohortName: string
  provinceCode: string
  provinceName: string
  participants: number
  heldSessions: number
  wave: { id: string; number: number; startDate: Date; endDate: Date; programName: string }
}

/** A tally with its figures (attended, marked, unmarked, rate), ready for a table or a sheet. */
export const withFigures = <T extends RateTally>(t: T) => ({ ...t, ...tallyFigures(t) })

/**
 * Attendance rates per cohort: marks Hadir/Terlambat over the expected participant-sessions (the
 * participants not withdrawn × the sessions already started by `now`). Officers only — Admin Pusat
 * nationally, an operator their own province, through the scoped builders. Two queries: the cohorts
 * with their started sessions and participant counts, and the marks counted per session and status.
 */
export async function listCohortAttendanceRates(actor: Actor, filter: Prisma.CohortWhereInput, now = new Date()): Promise<CohortRate[]> {
  const access = requireAccess(actor, 'read', 'attendance')
  if (access !== 'any' && access !== 'province') throw forbiddenError()
  const cohortScope: Prisma.CohortWhereInput = { AND: [cohortWhere(actor), filter] }
  const [cohorts, groups] = await Promise.all([
    db.cohort.findMany({
      where: cohortScope,
      orderBy: [{ wave: { startDate: 'desc' } }, { province: { name: 'asc' } }, { sequence: 'asc' }],
      select: {
        id: true, name: true, provinceCode: true, province: { select: { name: true } },
        wave: { select: { id: true, number: true, startDate: true, endDate: true, program: { select: { name: true } } } },
        sessions: { where: { startsAt: { lte: now } }, select: { id: true } },
        _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
      },
    }),
    db.attendanceMark.groupBy({
      by: ['sessionId', 'status'],
      where: { AND: [attendanceMarkWhere(actor), { session: { startsAt: { lte: now }, cohort: cohortScope } }, { enrolment: { status: { not: 'WITHDRAWN' } } }] },
      _count: { _all: true },
    }),
  ])
  const bySession = new Map<string, typeof groups>()
  for (const g of groups) bySession.set(g.sessionId, [...(bySession.get(g.sessionId) ?? []), g])
  return cohorts.map((c) => {
    const counts = emptyCounts()
    for (const s of c.sessions) for (const g of bySession.get(s.id) ?? []) counts[g.status] += g._count._all
    const participants = c._count.enrolments
    return {
      cohortId: c.id, cohortName: c.name, provinceCode: c.provinceCode, provinceName: c.province.name,
      participants, heldSessions: c.sessions.length, expected: participants * c.sessions.length, counts,
      wave: { id: c.wave.id, number: c.wave.number, startDate: c.wave.startDate, endDate: c.wave.endDate, programName: c.wave.program.name },
    }
  })
}

/** One wave's rates per province (its cohorts summed) and for the whole wave, within the actor's scope. */
export async function getWaveAttendanceRatesOrThrow(actor: Actor, waveId: string, now = new Date()) {
  requireAccess(actor, 'read', 'wave')
  idOrNotFound(waveId, 'Gelombang tidak ditemukan.')
  const [wave, cohorts] = await Promise.all([
    db.wave.findUnique({ where: { id: waveId }, select: { id: true, number: true, startDate: true, endDate: true, mode: true, program: { select: { name: true } } } }),
    listCohortAttendanceRates(actor, { waveId }, now),
  ])
  if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
  const provinces = new Map<string, CohortRate[]>()
  for (const c of cohorts) provinces.set(c.provinceCode, [...(provinces.get(c.provinceCode) ?? []), c])
  const provinceRows = [...provinces.values()].map((list) => withFigures({
    provinceCode: list[0].provinceCode, provinceName: list[0].provinceName,
    cohorts: list.map(withFigures),
    participants: list.reduce((n, c) => n + c.participants, 0),
    ...sumTallies(list),
  }))
  return { wave, provinces: provinceRows, total: withFigures({ participants: provinceRows.reduce((n, p) => n + p.participants, 0), ...sumTallies(cohorts) }) }
}

export type WaveAttendanceRates = Awaited<ReturnType<typeof getWaveAttendanceRatesOrThrow>>

/** Every wave with cohorts in the actor's scope, newest first: its rate and its cohorts' rates. */
export async function listWaveAttendanceRates(actor: Actor, now = new Date()) {
  const cohorts = await listCohortAttendanceRates(actor, {}, now)
  const waves = new Map<string, CohortRate[]>()
  for (const c of cohorts) waves.set(c.wave.id, [...(waves.get(c.wave.id) ?? []), c])
  return [...waves.values()].map((list) => withFigures({
    wave: list[0].wave,
    cohorts: list.map(withFigures),
    participants: list.reduce((n, c) => n + c.participants, 0),
    ...sumTallies(list),
  }))
}
