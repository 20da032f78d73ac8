import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { daysBetween } from '@/lib/scheduling/agenda'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { checkboxField, intField, isoDateField, parseOrThrow, validationError } from '@/lib/server/validation'
import { cohortWhere } from '@/lib/server/scope/where'
import { fromIsoDate, shiftInLocalTime, toIsoDate, utcToLocal } from '@/lib/server/sessions/local-time'
import { dateRangeError } from './wave-input'

const updateCohortDetailsInput = z.object({
  cohortId: z.guid('Kelas tidak valid.'),
  startDate: isoDateField('Tanggal mulai'),
  endDate: isoDateField('Tanggal selesai'),
  quota: intField('Kuota', 1, 10_000),
  status: z.enum(['DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED'], { error: 'Pilih status kelas.' }),
  /** Move the agenda with the start date, keeping each session's local wall-clock time. */
  shiftAgenda: checkboxField,
}).refine((c) => c.endDate >= c.startDate, { path: ['endDate'], message: dateRangeError })

const detailsSelect = { id: true, startDate: true, endDate: true, quota: true, status: true } as const

/**
 * A cohort's dates, quota and status (Admin Pusat). Venue and contact go through updateCohortVenue,
 * which operators share. The quota never drops below the enrolled count, and every session must
 * stay within the cohort's dates (optionally moved along with the start date).
 */
export async function updateCohortDetails(actor: Actor, raw: unknown) {
  const { cohortId, shiftAgenda, ...input } = parseOrThrow(updateCohortDetailsInput, raw)
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({
      where: { AND: [cohortWhere(actor, 'update'), { id: cohortId }] },
      select: {
        ...detailsSelect,
        province: { select: { timeZone: true } },
        sessions: { select: { id: true, startsAt: true, endsAt: true, _count: { select: { marks: true } } } },
        _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
      },
    })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    const { province, sessions, _count, ...before } = cohort
    if (input.quota < _count.enrolments) {
      throw validationError({ quota: [`Kuota tidak boleh kurang dari jumlah peserta terdaftar (${_count.enrolments}).`] })
    }
    const offset = shiftAgenda ? daysBetween(toIsoDate(cohort.startDate), input.startDate) : 0
    if (offset !== 0 && sessions.some((s) => s._count.marks > 0)) {
      throw validationError({ shiftAgenda: ['Agenda sudah memiliki catatan kehadiran sehingga tidak dapat digeser.'] })
    }
    const moved = sessions.map((s) => ({
      id: s.id,
      startsAt: shiftInLocalTime(s.startsAt, offset, province.timeZone),
      endsAt: shiftInLocalTime(s.endsAt, offset, province.timeZone),
    }))
    const outside = moved.filter((s) => {
      const day = utcToLocal(s.startsAt, province.timeZone).date
      return day < input.startDate || day > input.endDate
    })
    if (outside.length) {
      throw validationError({
        endDate: [`${outside.length} sesi akan berada di luar tanggal kelas. Geser agenda bersama tanggal mulai, ubah sesinya, atau susun ulang agenda.`],
      })
    }
    if (offset !== 0) {
      for (const s of moved) await tx.session.update({ where: { id: s.id }, data: { startsAt: s.startsAt, endsAt: s.endsAt }, select: { id: true } })
    }
    const after = await tx.cohort.update({
      where: { id: cohortId },
      data: { ...input, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate) },
      select: detailsSelect,
    })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Cohort', entityId: cohortId, before, after: { ...after, agendaShiftedDays: offset } })
    return after
  })
}
