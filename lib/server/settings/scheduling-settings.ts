import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { DEFAULT_DAY_PLAN, validateDayPlan, type DayPlan } from '@/lib/scheduling/agenda'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { cachedRead, invalidateCachedReads } from '@/lib/server/cache/read-cache'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { intField, validationError } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { parseClock } from '@/lib/server/sessions/local-time'

// The national scheduling rules Admin Pusat configures: the day plan every generated agenda
// follows, how many trainers a cohort needs and the travel gap between cohorts in different
// provinces. One JSON row in `setting`; a missing or partial row falls back to the defaults.

export type SchedulingSettings = { dayPlan: DayPlan; trainersPerCohort: number; travelGapDays: number }

export const DEFAULT_SCHEDULING_SETTINGS: SchedulingSettings = { dayPlan: DEFAULT_DAY_PLAN, trainersPerCohort: 5, travelGapDays: 1 }

const SETTING_KEY = 'scheduling'
const CACHE_KEY = 'settings:scheduling'

const storedSettings = z.object({
  dayPlan: z.object({
    startMinutes: z.number().int(),
    slotsPerDay: z.number().int(),
    breaks: z.array(z.object({ afterSlot: z.number().int(), minutes: z.number().int() })),
    firstDayStartSlot: z.number().int().optional(),
  }).refine((plan) => validateDayPlan(plan).length === 0),
  trainersPerCohort: z.number().int().min(1).max(20),
  travelGapDays: z.number().int().min(0).max(14),
}).partial()

async function loadSchedulingSettings(): Promise<SchedulingSettings> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } })
  // A row written by an older release or by hand that no longer validates is ignored, not fatal.
  const stored = storedSettings.safeParse(row?.value ?? {})
  return { ...DEFAULT_SCHEDULING_SETTINGS, ...(stored.success ? stored.data : {}) }
}

/** The rules in force; read on every scheduling use case, so cached per instance for 30 s. */
export const getSchedulingSettings = (): Promise<SchedulingSettings> => cachedRead(CACHE_KEY, loadSchedulingSettings)

const startTimeField = z.string({ error: 'Jam mulai wajib diisi.' })
  .transform((v) => parseClock(v))
  .refine((m): m is number => m !== null, 'Jam mulai tidak valid (format JJ:MM, contoh 08:00).')

/** An optional whole number: an empty field of an unused break row is absent. */
const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), intField(label, min, max).optional())

export const BREAK_ROWS = 3

const settingsForm = z.object({
  startTime: startTimeField,
  slotsPerDay: intField('JP per hari', 1, 16),
  firstDaySlot: intField('JP pertama hari pertama', 1, 16),
  trainersPerCohort: intField('Pelatih per kelas', 1, 20),
  travelGapDays: intField('Jeda perjalanan', 0, 14),
})

/** One row of the breaks table (`breakAfter0`, `breakMinutes0`, …); a row left empty is no break. */
const breakRow = (i: number) => z.object({
  [`breakAfter${i}`]: optionalInt('Istirahat setelah JP ke-', 1, 15),
  [`breakMinutes${i}`]: optionalInt('Lama istirahat', 1, 240),
}).transform((row) => ({ afterSlot: row[`breakAfter${i}`], minutes: row[`breakMinutes${i}`] }))

function parseBreaks(raw: unknown): { breaks: DayPlan['breaks']; fieldErrors: Record<string, string[]> } {
  const breaks: DayPlan['breaks'] = []
  const fieldErrors: Record<string, string[]> = {}
  for (let i = 0; i < BREAK_ROWS; i++) {
    const parsed = breakRow(i).safeParse(raw)
    if (!parsed.success) {
      Object.assign(fieldErrors, z.flattenError(parsed.error).fieldErrors)
      continue
    }
    const { afterSlot, minutes } = parsed.data
    if (afterSlot === undefined && minutes === undefined) continue
    if (afterSlot === undefined || minutes === undefined) {
      fieldErrors[afterSlot === undefined ? `breakAfter${i}` : `breakMinutes${i}`] = ['Isi keduanya (setelah JP ke berapa dan berapa menit), atau kosongkan baris ini.']
      continue
    }
    breaks.push({ afterSlot, minutes })
  }
  return { breaks: breaks.sort((a, b) => a.afterSlot - b.afterSlot), fieldErrors }
}

/** Saves the rules from the settings form. Existing agendas stay as they are; new ones follow. */
export async function updateSchedulingSettings(actor: Actor, raw: unknown): Promise<SchedulingSettings> {
  if (requireAccess(actor, 'update', 'setting') !== 'any') throw forbiddenError()
  // Every field's message at once: the main fields and the break rows are checked together.
  const parsed = settingsForm.safeParse(raw)
  const { breaks, fieldErrors } = parseBreaks(raw)
  if (!parsed.success || Object.keys(fieldErrors).length) {
    throw validationError({ ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors as Record<string, string[]>), ...fieldErrors })
  }
  const input = parsed.data
  const dayPlan: DayPlan = {
    startMinutes: input.startTime,
    slotsPerDay: input.slotsPerDay,
    breaks,
    firstDayStartSlot: input.firstDaySlot - 1,
  }
  const planErrors = validateDayPlan(dayPlan)
  if (planErrors.length) throw validationError({ dayPlan: planErrors }, planErrors.join(' '))
  const settings: SchedulingSettings = { dayPlan, trainersPerCohort: input.trainersPerCohort, travelGapDays: input.travelGapDays }

  const before = await getSchedulingSettings()
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value: settings }, update: { value: settings } })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Setting', entityId: SETTING_KEY, before, after: settings })
  })
  invalidateCachedReads(CACHE_KEY)
  return settings
}
