import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { addDays, daysBetween } from '@/lib/scheduling/agenda'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { isoDateField, isUniqueViolation, parseOrThrow } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { fromIsoDate, shiftInLocalTime, toIsoDate } from '@/lib/server/sessions/local-time'
import { insertSessions } from './plan-cohort-sessions'
import { takenNumberError, waveNumberField } from './wave-input'

const cloneWaveInput = z.object({
  waveId: z.guid('Gelombang tidak valid.'),
  number: waveNumberField,
  startDate: isoDateField('Tanggal mulai baru'),
})

/**
 * A copy of a wave on new dates: the same provinces, venues and quotas, every date moved by the
 * same number of days and every session kept at the same local wall-clock time. New cohorts start
 * as drafts; trainer assignments and meeting links are not copied (they belong to the old dates).
 */
export async function cloneWave(actor: Actor, raw: unknown) {
  for (const entity of ['wave', 'cohort', 'session'] as const) requireAccess(actor, 'create', entity)
  const input = parseOrThrow(cloneWaveInput, raw)
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.wave.findUnique({
        where: { id: input.waveId },
        select: {
          id: true, programId: true, number: true, startDate: true, endDate: true, mode: true,
          quotas: { select: { provinceCode: true, quota: true } },
          cohorts: {
            select: {
              id: true, provinceCode: true, sequence: true, name: true, venue: true, venueAddress: true, city: true,
              startDate: true, endDate: true, quota: true, contactName: true, contactPhone: true,
              province: { select: { timeZone: true } },
              sessions: { select: { moduleId: true, kind: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true } },
            },
          },
        },
      })
      if (!source) throw notFoundError('Gelombang tidak ditemukan.')
      const offset = daysBetween(toIsoDate(source.startDate), input.startDate)
      const shiftDate = (date: Date) => fromIsoDate(addDays(toIsoDate(date), offset))

      const wave = await tx.wave.create({
        data: { programId: source.programId, number: input.number, startDate: shiftDate(source.startDate), endDate: shiftDate(source.endDate), mode: source.mode },
        select: { id: true, programId: true, number: true, startDate: true, endDate: true, mode: true },
      })
      if (source.quotas.length) await tx.waveQuota.createMany({ data: source.quotas.map((q) => ({ ...q, waveId: wave.id })) })
      const created = await tx.cohort.createManyAndReturn({
        data: source.cohorts.map((c) => ({
          waveId: wave.id, provinceCode: c.provinceCode, sequence: c.sequence, name: c.name, venue: c.venue, venueAddress: c.venueAddress,
          city: c.city, startDate: shiftDate(c.startDate), endDate: shiftDate(c.endDate), quota: c.quota, status: 'DRAFT' as const,
          contactName: c.contactName, contactPhone: c.contactPhone,
        })),
        select: { id: true, provinceCode: true, sequence: true },
      })
      const newId = new Map(created.map((c) => [`${c.provinceCode}/${c.sequence}`, c.id]))
      const sessions = source.cohorts.flatMap((c) =>
        c.sessions.map((s) => ({
          ...s,
          cohortId: newId.get(`${c.provinceCode}/${c.sequence}`)!,
          startsAt: shiftInLocalTime(s.startsAt, offset, c.province.timeZone),
          endsAt: shiftInLocalTime(s.endsAt, offset, c.province.timeZone),
        })),
      )
      await insertSessions((data) => tx.session.createMany({ data }), sessions)
      const summary = { ...wave, clonedFromWaveId: source.id, dayOffset: offset, cohortCount: created.length, sessionCount: sessions.length }
      await writeAuditLog(tx, actor, { action: 'clone', entity: 'Wave', entityId: wave.id, after: summary })
      for (const cohort of created) {
        await writeAuditLog(tx, actor, { action: 'create', entity: 'Cohort', entityId: cohort.id, after: { ...cohort, waveId: wave.id, clonedFromWaveId: source.id } })
      }
      return summary
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', `Gelombang ${input.number} sudah ada di program ini.`, takenNumberError(input.number))
    throw e
  }
}
