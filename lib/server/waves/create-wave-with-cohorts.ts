import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { isoDateField, intField, isUniqueViolation, jsonField, parseOrThrow, validationError } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { getSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { fromIsoDate } from '@/lib/server/sessions/local-time'
import { insertSessions, planCohortSessions } from './plan-cohort-sessions'
import { cohortChoice, dateRangeError, DEFAULT_COHORT_QUOTA, PLACEHOLDER_VENUE, takenNumberError, waveNumberField } from './wave-input'

const createWaveInput = z.object({
  programId: z.guid('Program tidak valid.'),
  number: waveNumberField,
  startDate: isoDateField('Tanggal mulai'),
  endDate: isoDateField('Tanggal selesai'),
  mode: z.enum(['LURING', 'DARING'], { error: 'Pilih moda gelombang.' }),
  quota: intField('Kuota per kelas', 1, 10_000).default(DEFAULT_COHORT_QUOTA),
  status: z.enum(['DRAFT', 'OPEN'], { error: 'Status awal tidak valid.' }).default('DRAFT'),
  cohorts: jsonField(z.array(cohortChoice, { error: 'Pilih minimal satu provinsi.' }).min(1, 'Pilih minimal satu provinsi.')),
}).refine((w) => w.endDate >= w.startDate, { path: ['endDate'], message: dateRangeError })

/**
 * A wave and, in the same transaction, one cohort per chosen province with its agenda generated
 * from the curriculum in that province's time zone. If any cohort's agenda does not fit its
 * dates, nothing is written and the message names the provinces.
 */
export async function createWaveWithCohorts(actor: Actor, raw: unknown) {
  for (const entity of ['wave', 'cohort', 'session'] as const) requireAccess(actor, 'create', entity)
  const input = parseOrThrow(createWaveInput, raw)
  const codes = input.cohorts.map((c) => c.provinceCode)
  if (new Set(codes).size !== codes.length) throw validationError({ cohorts: ['Setiap provinsi hanya boleh dipilih sekali.'] })

  const [program, provinces, settings] = await Promise.all([
    db.program.findUnique({ where: { id: input.programId }, select: { id: true, modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true, order: true } } } }),
    db.province.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, timeZone: true } }),
    getSchedulingSettings(),
  ])
  if (!program) throw notFoundError('Program tidak ditemukan.')
  if (!program.modules.length) throw validationError({}, 'Kurikulum program belum memiliki modul. Tambahkan modul terlebih dahulu.')
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]))
  if (provinces.length !== codes.length) throw validationError({ cohorts: ['Ada provinsi yang tidak dikenal.'] })

  const cohorts = input.cohorts.map((choice) => {
    const province = provinceByCode.get(choice.provinceCode)!
    return {
      province,
      venue: choice.venue || PLACEHOLDER_VENUE,
      city: choice.city || province.name,
      startDate: choice.startDate ?? input.startDate,
      endDate: choice.endDate ?? input.endDate,
      quota: choice.quota ?? input.quota,
    }
  })
  const badDates = cohorts.filter((c) => c.endDate < c.startDate).map((c) => c.province.name)
  if (badDates.length) throw validationError({ cohorts: [`${dateRangeError} (${badDates.join(', ')})`] })

  // Plan every agenda before writing anything: one that does not fit refuses the whole wave.
  const plans = cohorts.map((c) => ({
    ...c,
    plan: planCohortSessions({
      cohortId: '', modules: program.modules, startDate: c.startDate, endDate: c.endDate,
      timeZone: c.province.timeZone, dayPlan: settings.dayPlan, mode: input.mode,
    }),
  }))
  const unfit = plans.filter((p) => !p.plan.fits).map((p) => p.province.name)
  if (unfit.length) {
    throw validationError(
      { cohorts: [`Agenda tidak muat dalam tanggal kelas: ${unfit.join(', ')}.`] },
      `Agenda tidak muat dalam tanggal kelas untuk ${unfit.join(', ')}. Perpanjang tanggal kelas atau kurangi JP kurikulum; belum ada yang disimpan.`,
    )
  }

  try {
    return await db.$transaction(async (tx) => {
      const wave = await tx.wave.create({
        data: { programId: program.id, number: input.number, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate), mode: input.mode },
        select: { id: true, programId: true, number: true, startDate: true, endDate: true, mode: true },
      })
      await tx.waveQuota.createMany({ data: plans.map((p) => ({ waveId: wave.id, provinceCode: p.province.code, quota: p.quota })) })
      const created = await tx.cohort.createManyAndReturn({
        data: plans.map((p) => ({
          waveId: wave.id, provinceCode: p.province.code, sequence: 1, name: `Kelas ${p.province.name}`,
          venue: p.venue, city: p.city, startDate: fromIsoDate(p.startDate), endDate: fromIsoDate(p.endDate), quota: p.quota, status: input.status,
        })),
        select: { id: true, provinceCode: true, name: true, venue: true, city: true, startDate: true, endDate: true, quota: true, status: true },
      })
      const cohortIdByProvince = new Map(created.map((c) => [c.provinceCode, c.id]))
      const sessions = plans.flatMap((p) => p.plan.rows.map((row) => ({ ...row, cohortId: cohortIdByProvince.get(p.province.code)! })))
      await insertSessions((data) => tx.session.createMany({ data }), sessions)
      await writeAuditLog(tx, actor, { action: 'create', entity: 'Wave', entityId: wave.id, after: { ...wave, cohortCount: created.length, sessionCount: sessions.length } })
      for (const cohort of created) {
        const sessionCount = sessions.filter((s) => s.cohortId === cohort.id).length
        await writeAuditLog(tx, actor, { action: 'create', entity: 'Cohort', entityId: cohort.id, after: { ...cohort, waveId: wave.id, sessionCount } })
      }
      return { ...wave, cohorts: created, sessionCount: sessions.length }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', `Gelombang ${input.number} sudah ada di program ini.`, takenNumberError(input.number))
    throw e
  }
}
