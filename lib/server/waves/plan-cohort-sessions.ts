import 'server-only'
import type { DeliveryMode } from '@/generated/prisma/enums'
import { curriculumToAgenda, planAgenda, type DayPlan } from '@/lib/scheduling/agenda'

export type CurriculumModule = { id: string; title: string; jp: number; order: number }

type PlanInput = {
  cohortId: string
  modules: CurriculumModule[]
  startDate: string
  endDate: string
  timeZone: string
  dayPlan: DayPlan
  mode: DeliveryMode
}

/**
 * A cohort's agenda generated from the curriculum, day by day in the venue's own time zone, as
 * session rows ready to insert. `fits` is false when part of the agenda falls after the last day.
 */
export function planCohortSessions({ cohortId, modules, startDate, endDate, timeZone, dayPlan, mode }: PlanInput) {
  const { sessions, unscheduled } = planAgenda(curriculumToAgenda(modules), { firstDay: startDate, lastDay: endDate, timeZone, dayPlan })
  const rows = sessions.map((s) => ({
    cohortId, moduleId: s.moduleId ?? null, kind: s.kind, title: s.title, jp: s.jp, startsAt: s.startsAt, endsAt: s.endsAt, mode,
  }))
  return { rows, fits: unscheduled.length === 0 }
}

export type PlannedSessionRow = ReturnType<typeof planCohortSessions>['rows'][number]

/** Inserts session rows in slices: one statement per ~1,000 rows stays far below the bind-parameter limit. */
export async function insertSessions<T extends PlannedSessionRow>(
  insert: (rows: T[]) => Promise<unknown>,
  rows: T[],
  chunk = 1000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await insert(rows.slice(i, i + chunk))
}
