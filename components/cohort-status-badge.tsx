import type { CohortStatus } from '@/generated/prisma/enums'
import { cohortStatusLabel } from '@/lib/i18n/id'
import { Badge } from './ui'

export const cohortStatusTone = { DRAFT: 'slate', OPEN: 'blue', RUNNING: 'amber', COMPLETED: 'green', CANCELLED: 'red' } as const

/** A cohort's status as a coloured badge with its Indonesian label. */
export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  return <Badge tone={cohortStatusTone[status]}>{cohortStatusLabel[status]}</Badge>
}
