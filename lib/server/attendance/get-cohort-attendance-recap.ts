import 'server-only'
import type { AttendanceStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { attendedJp, emptyCounts, isBelowMinimum, jpShare, type StatusCounts } from '@/lib/attendance/recap'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { attendanceMarkWhere, cohortWhere, enrolmentWhere, sessionWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

export type RecapRow = {
  enrolmentId: string
  name: string
  institutionName: string
  /** One entry per session of `sessions`, in the same order; null where no mark exists yet. */
  statuses: (AttendanceStatus | null)[]
  attendedJp: number
  share: number | null
  below: boolean
}

export type CohortAttendanceRecap = Awaited<ReturnType<typeof getCohortAttendanceRecapOrThrow>>

/**
 * A cohort's participants (not withdrawn) × its sessions with their marks, the JP each attended and
 * its share of the cohort's total JP against the program's minimum. Four narrow queries in parallel,
 * each through its scoped builder: officers in scope and the cohort's trainers; a participant is refused.
 */
export async function getCohortAttendanceRecapOrThrow(actor: Actor, cohortId: string) {
  if (requireAccess(actor, 'read', 'attendance') === 'own') throw forbiddenError()
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const [cohort, sessions, enrolments, marks] = await Promise.all([
    db.cohort.findFirst({
      where: { AND: [cohortWhere(actor), { id: cohortId }] },
      select: {
        id: true, name: true, venue: true, city: true, provinceCode: true, startDate: true, endDate: true,
        wave: { select: { id: true, number: true, mode: true, program: { select: { name: true, minAttendancePercent: true } } } },
        province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
      },
    }),
    db.session.findMany({
      where: { AND: [sessionWhere(actor), { cohortId }] },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, endsAt: true, jp: true },
    }),
    db.enrolment.findMany({
      where: { AND: [enrolmentWhere(actor), { cohortId, status: { not: 'WITHDRAWN' } }] },
      orderBy: [{ participant: { name: 'asc' } }, { id: 'asc' }],
      select: { id: true, participant: { select: { name: true, institutionName: true } } },
    }),
    db.attendanceMark.findMany({
      where: { AND: [attendanceMarkWhere(actor), { session: { cohortId } }] },
      select: { enrolmentId: true, sessionId: true, status: true },
    }),
  ])
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')

  const sessionIndex = new Map(sessions.map((s, i) => [s.id, i]))
  const statusesOf = new Map(enrolments.map((e) => [e.id, Array<AttendanceStatus | null>(sessions.length).fill(null)]))
  const perSession: StatusCounts[] = sessions.map(() => emptyCounts())
  for (const mark of marks) {
    const i = sessionIndex.get(mark.sessionId)
    const row = statusesOf.get(mark.enrolmentId) // marks of withdrawn participants are left out
    if (i === undefined || !row) continue
    row[i] = mark.status
    perSession[i][mark.status] += 1
  }
  const totalJp = sessions.reduce((n, s) => n + s.jp, 0)
  const minPercent = cohort.wave.program.minAttendancePercent
  const rows: RecapRow[] = enrolments.map((e) => {
    const statuses = statusesOf.get(e.id)!
    const attended = attendedJp(sessions, statuses)
    return {
      enrolmentId: e.id, name: e.participant.name, institutionName: e.participant.institutionName, statuses,
      attendedJp: attended, share: jpShare(attended, totalJp), below: isBelowMinimum(attended, totalJp, minPercent),
    }
  })
  return { cohort, sessions, perSession, rows, totalJp, minPercent, belowCount: rows.filter((r) => r.below).length }
}
