import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** What the agenda editor of a cohort needs beyond the cohort itself: its wave, the curriculum and the enrolled count. */
export async function getAgendaContextOrThrow(actor: Actor, cohortId: string) {
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const cohort = await db.cohort.findFirst({
    where: { AND: [cohortWhere(actor), { id: cohortId }] },
    select: {
      wave: {
        select: {
          id: true, mode: true,
          program: { select: { id: true, modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true } } } },
        },
      },
      _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
    },
  })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  return {
    waveId: cohort.wave.id, waveMode: cohort.wave.mode, programId: cohort.wave.program.id,
    modules: cohort.wave.program.modules, enrolledCount: cohort._count.enrolments,
  }
}
