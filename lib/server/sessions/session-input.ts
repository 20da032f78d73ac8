import 'server-only'
import { z } from 'zod'
import { localToUtc } from '@/lib/scheduling/agenda'
import { formatTimeInZone } from '@/lib/format/date-time'
import type { Tx } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { intField, isoDateField, plainStringField, textField, validationError } from '@/lib/server/validation'
import { parseClock, toIsoDate } from './local-time'

const clockField = (label: string) =>
  z.string({ error: `${label} wajib diisi.` }).trim().refine((v) => parseClock(v) !== null, `${label} wajib diisi (format JJ:MM).`)

const meetingUrlField = plainStringField('Tautan pertemuan').trim().max(500, 'Tautan maksimal 500 karakter.').optional()
  .transform((v) => v || null)
  .refine((v) => {
    if (v === null) return true
    try {
      return new URL(v).protocol === 'https:'
    } catch {
      return false
    }
  }, 'Tautan pertemuan harus alamat https:// yang lengkap, misalnya https://zoom.us/j/123.')

/** What an admin sets on a session: its content, its local date and times, its mode and meeting link. */
export const sessionFields = {
  title: textField('Judul sesi', { min: 3, max: 200 }),
  kind: z.enum(['PRE_TEST', 'OPENING', 'MODULE', 'POST_TEST', 'CLOSING'], { error: 'Pilih jenis sesi.' }),
  moduleId: z.union([z.guid('Modul tidak valid.'), z.literal('')]).optional().transform((v) => v || null),
  jp: intField('JP', 0, 20),
  date: isoDateField('Tanggal'),
  startTime: clockField('Jam mulai'),
  endTime: clockField('Jam selesai'),
  mode: z.enum(['LURING', 'DARING'], { error: 'Pilih moda sesi.' }),
  meetingUrl: meetingUrlField,
}

type SessionTimes = { date: string; startTime: string; endTime: string }
type CohortFrame = { startDate: Date; endDate: Date; timeZone: string }

/** Local date and times at the venue → UTC instants, within the cohort's dates and ending after they start. */
export function resolveSessionTimes(input: SessionTimes, cohort: CohortFrame): { startsAt: Date; endsAt: Date } {
  const start = parseClock(input.startTime)!
  const end = parseClock(input.endTime)!
  const errors: Record<string, string[]> = {}
  if (end <= start) errors.endTime = ['Jam selesai harus setelah jam mulai.']
  const first = toIsoDate(cohort.startDate)
  const last = toIsoDate(cohort.endDate)
  if (input.date < first || input.date > last) errors.date = [`Tanggal harus di antara tanggal kelas (${first} s.d. ${last}).`]
  if (Object.keys(errors).length) throw validationError(errors)
  return { startsAt: localToUtc(input.date, start, cohort.timeZone), endsAt: localToUtc(input.date, end, cohort.timeZone) }
}

/** Refuses a time that overlaps another session of the same cohort, naming that session. */
export async function assertNoOverlap(
  tx: Tx,
  cohort: { id: string; timeZone: string; timeZoneLabel: string },
  times: { startsAt: Date; endsAt: Date },
  excludeSessionId?: string,
): Promise<void> {
  const clash = await tx.session.findFirst({
    where: {
      cohortId: cohort.id, startsAt: { lt: times.endsAt }, endsAt: { gt: times.startsAt },
      ...(excludeSessionId ? { id: { not: excludeSessionId } } : {}),
    },
    orderBy: { startsAt: 'asc' },
    select: { title: true, startsAt: true, endsAt: true },
  })
  if (!clash) return
  const when = `${formatTimeInZone(clash.startsAt, cohort.timeZone, '').trim()}–${formatTimeInZone(clash.endsAt, cohort.timeZone, cohort.timeZoneLabel)}`
  throw new AppError('CONFLICT', `Waktu ini bertabrakan dengan sesi "${clash.title}" (${when}). Pilih waktu lain.`, { startTime: ['Bertabrakan dengan sesi lain.'] })
}

/** A module given for a session must belong to the cohort's program. */
export async function assertModuleOfProgram(tx: Tx, moduleId: string | null, programId: string): Promise<void> {
  if (!moduleId) return
  const found = await tx.module.count({ where: { id: moduleId, programId } })
  if (!found) throw validationError({ moduleId: ['Modul tidak termasuk kurikulum program ini.'] })
}

export const sessionSelect = {
  id: true, cohortId: true, moduleId: true, kind: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true,
} as const

/** The cohort frame a session is checked against, as the session's scoped load selects it. */
export const cohortFrameSelect = {
  id: true, startDate: true, endDate: true,
  province: { select: { timeZone: true, timeZoneLabel: true } },
  wave: { select: { programId: true } },
} as const
