import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { markingLocksAt, markingWindow, type MarkingWindow } from '@/lib/attendance/rules'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { attendanceSessionWhere } from '@/lib/server/scope/where'
import { utcToLocal } from '@/lib/server/sessions/local-time'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'

/** How far ahead "Hari ini" looks: the sessions a trainer should have on the device before travelling. */
export const MARKING_DAYS_AHEAD = 7
const DAY = 24 * 60 * 60_000

export type MarkingSession = {
  id: string; title: string; startsAt: string; endsAt: string; jp: number; mode: 'LURING' | 'DARING'
  cohortName: string; venue: string; city: string; timeZone: string; timeZoneLabel: string
  /** The venue's calendar day of the session (YYYY-MM-DD) and whether that is today there. */
  localDate: string; isToday: boolean
  window: MarkingWindow; locksAt: string
  enrolled: number; marked: number
}

/**
 * The trainer's sessions for taking attendance: those of today and the next days, and earlier ones
 * whose marking has not locked yet, in start order. Only the trainer's own (assigned) cohorts.
 */
export async function listTrainerMarkingSessions(actor: Actor, now = new Date()): Promise<MarkingSession[]> {
  if (accessFor(actor.role, 'mark', 'attendance') !== 'assigned') throw forbiddenError('Halaman ini untuk Pelatih Ahli.')
  const rules = await getAttendanceSettings()
  const rows = await db.session.findMany({
    where: {
      AND: [
        attendanceSessionWhere(actor, 'mark'),
        { endsAt: { gte: new Date(now.getTime() - (rules.lockDays + 1) * DAY) }, startsAt: { lt: new Date(now.getTime() + MARKING_DAYS_AHEAD * DAY) } },
      ],
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true,
      _count: { select: { marks: true } },
      cohort: {
        select: {
          name: true, venue: true, city: true,
          province: { select: { timeZone: true, timeZoneLabel: true } },
          _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
        },
      },
    },
  })
  return rows
    .map((s) => {
      const { timeZone, timeZoneLabel } = s.cohort.province
      const localDate = utcToLocal(s.startsAt, timeZone).date
      return {
        id: s.id, title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), jp: s.jp, mode: s.mode,
        cohortName: s.cohort.name, venue: s.cohort.venue, city: s.cohort.city, timeZone, timeZoneLabel,
        localDate, isToday: localDate === utcToLocal(now, timeZone).date,
        window: markingWindow(s, rules, now), locksAt: markingLocksAt(s, rules).toISOString(),
        enrolled: s.cohort._count.enrolments, marked: s._count.marks,
      }
    })
    .filter((s) => s.window !== 'LOCKED')
}
