import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/server/db'
import { attendanceMarkWhere, cohortWhere, enrolmentWhere, participantWhere, sessionWhere, trainerWhere } from '@/lib/server/scope/where'

export type ScopeCounts = {
  cohorts: number
  sessions: number
  participants: number | null
  activeEnrolments: number
  trainers: number | null
  marks: number
  presentMarks: number
  /** Share of marks that are HADIR or TERLAMBAT; null when nothing was marked. */
  attendanceShare: number | null
}

/** The headline figures of a dashboard, counted only within what the actor may read. */
export async function getScopeCounts(actor: Actor): Promise<ScopeCounts> {
  const markScope = attendanceMarkWhere(actor)
  const [cohorts, sessions, participants, activeEnrolments, trainers, marks, presentMarks] = await Promise.all([
    db.cohort.count({ where: cohortWhere(actor) }),
    db.session.count({ where: sessionWhere(actor) }),
    can(actor.role, 'read', 'participant') ? db.participant.count({ where: participantWhere(actor) }) : null,
    db.enrolment.count({ where: { AND: [enrolmentWhere(actor), { status: { not: 'WITHDRAWN' } }] } }),
    can(actor.role, 'read', 'trainer') ? db.trainer.count({ where: trainerWhere(actor) }) : null,
    db.attendanceMark.count({ where: markScope }),
    db.attendanceMark.count({ where: { AND: [markScope, { status: { in: ['HADIR', 'TERLAMBAT'] } }] } }),
  ])
  return {
    cohorts, sessions, participants, activeEnrolments, trainers, marks, presentMarks,
    attendanceShare: marks ? presentMarks / marks : null,
  }
}
