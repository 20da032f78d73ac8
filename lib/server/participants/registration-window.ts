import 'server-only'
import type { CohortStatus } from '@/generated/prisma/enums'

// Which cohorts take registrations (decision 034): planned, open and running ones. A completed cohort
// is history and a cancelled one will not run, so neither is offered nor accepted one by one, by
// enrolment into another program, by a move or by an import. Admin Pusat reopens a completed cohort by
// changing its status on its page when a finished round's participants really must be entered afterwards.

export const REGISTRABLE_STATUSES = ['DRAFT', 'OPEN', 'RUNNING'] as const satisfies readonly CohortStatus[]
export const CLOSED_STATUSES = ['COMPLETED', 'CANCELLED'] as const satisfies readonly CohortStatus[]

/** Why a cohort takes no registrations, in Indonesian, or null when it does. */
export function registrationClosedReason(cohort: { name: string; status: CohortStatus }): string | null {
  if (cohort.status === 'COMPLETED') return `${cohort.name} sudah selesai; pendaftaran ditutup.`
  if (cohort.status === 'CANCELLED') return `${cohort.name} dibatalkan; pendaftaran ditutup.`
  return null
}
