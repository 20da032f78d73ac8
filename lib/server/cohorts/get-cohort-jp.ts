import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { compareAgendaWithCurriculum } from '@/lib/certificates/agenda-jp'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { cohortWhere, sessionWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** The cohort's agenda JP beside its program's curriculum JP, and the minimum the certificate rule asks (lib/certificates/agenda-jp.ts). */
export async function getCohortJpOrThrow(actor: Actor, cohortId: string) {
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const [cohort, sessions] = await Promise.all([
    db.cohort.findFirst({
      where: { AND: [cohortWhere(actor), { id: cohortId }] },
      select: { wave: { select: { program: { select: { minAttendancePercent: true, modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true } } } } } } },
    }),
    db.session.findMany({ where: { AND: [sessionWhere(actor), { cohortId }] }, orderBy: { startsAt: 'asc' }, select: { moduleId: true, title: true, jp: true } }),
  ])
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  const { minAttendancePercent, modules } = cohort.wave.program
  return { minAttendancePercent, ...compareAgendaWithCurriculum(modules, sessions, minAttendancePercent) }
}

export type CohortJp = Awaited<ReturnType<typeof getCohortJpOrThrow>>
