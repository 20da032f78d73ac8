import 'server-only'
// The scoped `where` builders: the only way a query reaches province-owned, trainer-owned or
// participant-owned rows. Each takes the actor and the action, checks the permission map and
// returns the filter for the rows that actor may reach with that action.
import type { Prisma } from '@/generated/prisma/client'
import type { Action } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/auth/actor'
import { forbiddenError } from '@/lib/server/errors'
import { participantOf, provinceOf, requireAccess, trainerOf } from './access'

export function cohortWhere(actor: Actor, action: Action = 'read'): Prisma.CohortWhereInput {
  switch (requireAccess(actor, action, 'cohort')) {
    case 'any': return {}
    case 'province': return { provinceCode: provinceOf(actor) }
    case 'assigned': return { assignments: { some: { trainerId: trainerOf(actor) } } }
    case 'own': return { enrolments: { some: { participantId: participantOf(actor) } } }
  }
}

/** Venue and contact details: operators may edit those of their own province's cohorts. */
export function cohortVenueWhere(actor: Actor): Prisma.CohortWhereInput {
  switch (requireAccess(actor, 'update', 'cohort-venue')) {
    case 'any': return {}
    case 'province': return { provinceCode: provinceOf(actor) }
    default: throw forbiddenError()
  }
}

export function sessionWhere(actor: Actor, action: Action = 'read'): Prisma.SessionWhereInput {
  switch (requireAccess(actor, action, 'session')) {
    case 'any': return {}
    case 'province': return { cohort: { provinceCode: provinceOf(actor) } }
    case 'assigned': return { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } }
    case 'own': return { cohort: { enrolments: { some: { participantId: participantOf(actor), status: { not: 'WITHDRAWN' } } } } }
  }
}

export function participantWhere(actor: Actor, action: Action = 'read'): Prisma.ParticipantWhereInput {
  switch (requireAccess(actor, action, 'participant')) {
    case 'any': return {}
    case 'province': return { provinceCode: provinceOf(actor) }
    case 'assigned': return { enrolments: { some: { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } } } }
    case 'own': return { id: participantOf(actor) }
  }
}

export function enrolmentWhere(actor: Actor, action: Action = 'read'): Prisma.EnrolmentWhereInput {
  return enrolmentWhereFor(actor, action, 'enrolment')
}

export function attendanceMarkWhere(actor: Actor, action: Action = 'read'): Prisma.AttendanceMarkWhereInput {
  switch (requireAccess(actor, action, 'attendance')) {
    case 'any': return {}
    case 'province': return { session: { cohort: { provinceCode: provinceOf(actor) } } }
    case 'assigned': return { session: { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } } }
    case 'own': return { enrolment: { participantId: participantOf(actor) } }
  }
}

/**
 * The sessions whose attendance the actor may act on: `mark` (take attendance: trainers of the
 * cohort, a participant's own sessions), `update` (officers' corrections), `read`, `export`.
 */
export function attendanceSessionWhere(actor: Actor, action: Action = 'read'): Prisma.SessionWhereInput {
  switch (requireAccess(actor, action, 'attendance')) {
    case 'any': return {}
    case 'province': return { cohort: { provinceCode: provinceOf(actor) } }
    case 'assigned': return { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } }
    case 'own': return { cohort: { enrolments: { some: { participantId: participantOf(actor) } } } }
  }
}

export function assessmentWhere(actor: Actor, action: Action = 'read'): Prisma.AssessmentWhereInput {
  return { enrolment: enrolmentWhereFor(actor, action, 'assessment') }
}

/**
 * The enrolments whose test scores the actor may act on: `update` (enter and correct scores: Admin
 * Pusat, the cohort's trainers), `read`. A score is created for an enrolment, so the scope is the enrolment's.
 */
export function assessableEnrolmentWhere(actor: Actor, action: Action = 'read'): Prisma.EnrolmentWhereInput {
  return enrolmentWhereFor(actor, action, 'assessment')
}

export function certificateWhere(actor: Actor, action: Action = 'read'): Prisma.CertificateWhereInput {
  return { enrolment: enrolmentWhereFor(actor, action, 'certificate') }
}

// Enrolments, and the assessments and certificates that belong to one, share one scope, each
// checked against its own permission.
function enrolmentWhereFor(actor: Actor, action: Action, entity: 'enrolment' | 'assessment' | 'certificate'): Prisma.EnrolmentWhereInput {
  switch (requireAccess(actor, action, entity)) {
    case 'any': return {}
    case 'province': return { cohort: { provinceCode: provinceOf(actor) } }
    case 'assigned': return { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } }
    case 'own': return { participantId: participantOf(actor) }
  }
}

export function trainerWhere(actor: Actor, action: Action = 'read'): Prisma.TrainerWhereInput {
  switch (requireAccess(actor, action, 'trainer')) {
    case 'any': return {}
    // Operators see the trainers who teach in their province.
    case 'province': return { assignments: { some: { cohort: { provinceCode: provinceOf(actor) } } } }
    case 'assigned':
    case 'own': return { id: trainerOf(actor) }
  }
}

export function assignmentWhere(actor: Actor, action: Action = 'read'): Prisma.TrainerAssignmentWhereInput {
  switch (requireAccess(actor, action, 'assignment')) {
    case 'any': return {}
    case 'province': return { cohort: { provinceCode: provinceOf(actor) } }
    case 'assigned': return { cohort: { assignments: { some: { trainerId: trainerOf(actor) } } } }
    case 'own': return { trainerId: trainerOf(actor) }
  }
}

/** Unavailable dates: a trainer reaches their own, Admin Pusat everyone's. */
export function trainerUnavailabilityWhere(actor: Actor, action: Action = 'read'): Prisma.TrainerUnavailabilityWhereInput {
  switch (requireAccess(actor, action, 'trainer-unavailability')) {
    case 'any': return {}
    case 'own': return { trainerId: trainerOf(actor) }
    default: throw forbiddenError()
  }
}
