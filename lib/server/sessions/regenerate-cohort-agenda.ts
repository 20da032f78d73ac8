import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { checkboxField, parseOrThrow, validationError } from '@/lib/server/validation'
import { sessionWhere } from '@/lib/server/scope/where'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { insertSessions, planCohortSessions } from '@/lib/server/waves/plan-cohort-sessions'
import { toIsoDate } from './local-time'

const regenerateInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  confirm: checkboxField.refine(Boolean, 'Centang konfirmasi bahwa agenda lama akan diganti.'),
})

/**
 * "Susun ulang agenda": replaces a cohort's sessions with an agenda generated afresh from the
 * program's current curriculum and the day plan, in the venue's time zone. Only while no
 * attendance has been recorded, since marks belong to the old sessions. Meeting links are lost.
 */
export async function regenerateCohortAgenda(actor: Actor, raw: unknown) {
  sessionWhere(actor, 'create')
  const cohortScope = (sessionWhere(actor, 'delete').cohort ?? {}) as Prisma.CohortWhereInput
  const { cohortId } = parseOrThrow(regenerateInput, raw)
  const settings = await getSchedulingSettings()
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({
      where: { AND: [cohortScope, { id: cohortId }] },
      select: {
        id: true, startDate: true, endDate: true,
        province: { select: { timeZone: true } },
        wave: { select: { mode: true, program: { select: { modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true, order: true } } } } } },
        _count: { select: { sessions: true } },
      },
    })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    const marked = await tx.attendanceMark.count({ where: { session: { cohortId } } })
    if (marked > 0) throw new AppError('CONFLICT', `Agenda tidak dapat disusun ulang karena sudah ada ${marked} catatan kehadiran. Ubah sesi satu per satu.`)
    const modules = cohort.wave.program.modules
    if (!modules.length) throw validationError({}, 'Kurikulum program belum memiliki modul.')
    const { rows, fits } = planCohortSessions({
      cohortId, modules, startDate: toIsoDate(cohort.startDate), endDate: toIsoDate(cohort.endDate),
      timeZone: cohort.province.timeZone, dayPlan: settings.dayPlan, mode: cohort.wave.mode,
    })
    if (!fits) throw validationError({}, 'Agenda tidak muat dalam tanggal kelas. Perpanjang tanggal kelas atau kurangi JP kurikulum.')
    // Only unmarked sessions are deleted: a mark recorded meanwhile makes the counts differ and rolls back.
    const { count } = await tx.session.deleteMany({ where: { cohortId, marks: { none: {} } } })
    if (count !== cohort._count.sessions) throw new AppError('CONFLICT', 'Agenda baru saja berubah atau mendapat catatan kehadiran. Muat ulang halaman lalu coba lagi.')
    await insertSessions((data) => tx.session.createMany({ data }), rows)
    await writeAuditLog(tx, actor, {
      action: 'regenerate-agenda', entity: 'Cohort', entityId: cohortId,
      before: { sessionCount: cohort._count.sessions }, after: { sessionCount: rows.length },
    })
    return { sessionCount: rows.length }
  })
}
