import 'server-only'
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { markingLocksAt, markingOpensAt, markingWindow, type MarkingWindow } from '@/lib/attendance/rules'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { attendanceMarkWhere, attendanceSessionWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { idOrNotFound } from '@/lib/server/validation'

export type RosterMark = { status: AttendanceStatus; method: MarkMethod; markedAt: string; note: string | null }
export type RosterEntry = {
  enrolmentId: string
  name: string
  institution: string
  place: string
  mark: RosterMark | null
}
export type SessionRoster = {
  session: {
    id: string; title: string; startsAt: string; endsAt: string; jp: number; mode: 'LURING' | 'DARING'
    cohortName: string; venue: string; city: string; timeZone: string; timeZoneLabel: string
  }
  /** The trainer's marking window now; officers may mark at any time (their marks are corrections). */
  window: MarkingWindow
  opensAt: string
  locksAt: string
  canMarkAnyTime: boolean
  entries: RosterEntry[]
  /** When the server read this roster: the device keeps the newer of this and its own copy. */
  loadedAt: string
}

/**
 * A session's roster for taking attendance: its enrolled, not withdrawn participants with their
 * current mark. Only those who may mark it reach it: the cohort's trainers and Admin Pusat
 * (`mark:attendance`); operators correct marks elsewhere and participants check in on their own page.
 */
export async function getSessionRoster(actor: Actor, rawSessionId: string, now = new Date()): Promise<SessionRoster> {
  const sessionId = idOrNotFound(rawSessionId)
  const markAccess = accessFor(actor.role, 'mark', 'attendance')
  if (!markAccess || markAccess === 'own') throw forbiddenError('Anda tidak berwenang menandai kehadiran sesi ini.')
  const session = await db.session.findFirst({
    where: { AND: [attendanceSessionWhere(actor, 'mark'), { id: sessionId }] },
    select: {
      id: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, cohortId: true,
      cohort: { select: { name: true, venue: true, city: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
    },
  })
  if (!session) throw notFoundError('Sesi tidak ditemukan atau bukan kelas Anda.')
  const [rules, enrolments, marks] = await Promise.all([
    getAttendanceSettings(),
    db.enrolment.findMany({
      where: { AND: [enrolmentWhere(actor), { cohortId: session.cohortId, status: { not: 'WITHDRAWN' } }] },
      orderBy: [{ participant: { name: 'asc' } }, { id: 'asc' }],
      select: {
        id: true,
        participant: { select: { name: true, institutionName: true, village: { select: { name: true } }, regency: { select: { name: true } } } },
      },
    }),
    db.attendanceMark.findMany({
      where: { AND: [attendanceMarkWhere(actor), { sessionId: session.id }] },
      select: { enrolmentId: true, status: true, method: true, markedAt: true, note: true },
    }),
  ])
  const markOf = new Map(marks.map((m) => [m.enrolmentId, { status: m.status, method: m.method, markedAt: m.markedAt.toISOString(), note: m.note }]))
  const { province } = session.cohort
  return {
    session: {
      id: session.id, title: session.title, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), jp: session.jp, mode: session.mode,
      cohortName: session.cohort.name, venue: session.cohort.venue, city: session.cohort.city, timeZone: province.timeZone, timeZoneLabel: province.timeZoneLabel,
    },
    window: markingWindow(session, rules, now),
    opensAt: markingOpensAt(session, rules).toISOString(),
    locksAt: markingLocksAt(session, rules).toISOString(),
    canMarkAnyTime: accessFor(actor.role, 'update', 'attendance') !== null,
    entries: enrolments.map((e) => ({
      enrolmentId: e.id,
      name: e.participant.name,
      institution: e.participant.institutionName,
      place: [e.participant.village?.name, e.participant.regency.name].filter(Boolean).join(', '),
      mark: markOf.get(e.id) ?? null,
    })),
    loadedAt: now.toISOString(),
  }
}
