import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { DEFAULT_ATTENDANCE_SETTINGS, type AttendanceSettings } from '@/lib/attendance/rules'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { cachedRead, invalidateCachedReads } from '@/lib/server/cache/read-cache'
import { db } from '@/lib/server/db'
import { forbiddenError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { intField, parseOrThrow } from '@/lib/server/validation'

// The national attendance rules Admin Pusat configures beside the scheduling ones: when marking
// locks, the grace before a check-in is late, when check-in opens and the share of an online
// session that counts as present. One JSON row in `setting`; missing fields take the defaults.

const SETTING_KEY = 'attendance'
const CACHE_KEY = 'settings:attendance'

const LIMITS = {
  lockDays: { label: 'Batas penandaan (hari setelah sesi)', min: 0, max: 60 },
  lateGraceMinutes: { label: 'Toleransi terlambat (menit)', min: 0, max: 240 },
  checkInOpensMinutes: { label: 'Presensi dibuka sebelum mulai (menit)', min: 0, max: 240 },
  onlinePresentPercent: { label: 'Batas hadir sesi daring (%)', min: 1, max: 100 },
} as const satisfies Record<keyof AttendanceSettings, { label: string; min: number; max: number }>

const storedSettings = z.object(
  Object.fromEntries(Object.entries(LIMITS).map(([k, l]) => [k, z.number().int().min(l.min).max(l.max)])) as Record<keyof AttendanceSettings, z.ZodNumber>,
).partial()

async function loadAttendanceSettings(): Promise<AttendanceSettings> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } })
  // A row that no longer validates (an older release, a hand edit) is ignored, not fatal.
  const stored = storedSettings.safeParse(row?.value ?? {})
  return { ...DEFAULT_ATTENDANCE_SETTINGS, ...(stored.success ? stored.data : {}) }
}

/** The rules in force; read on every mark, so cached per instance for 30 s like the other settings. */
export const getAttendanceSettings = (): Promise<AttendanceSettings> => cachedRead(CACHE_KEY, loadAttendanceSettings)

const settingsForm = z.object(
  Object.fromEntries(Object.entries(LIMITS).map(([k, l]) => [k, intField(l.label, l.min, l.max)])) as Record<keyof AttendanceSettings, ReturnType<typeof intField>>,
)

/** Saves the rules from the settings form; marks already made keep their status. */
export async function updateAttendanceSettings(actor: Actor, raw: unknown): Promise<AttendanceSettings> {
  if (requireAccess(actor, 'update', 'setting') !== 'any') throw forbiddenError()
  const settings = parseOrThrow(settingsForm, raw) as AttendanceSettings
  const before = await loadAttendanceSettings()
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value: settings }, update: { value: settings } })
    await writeAuditLog(tx, actor, { action: 'update', entity: 'Setting', entityId: SETTING_KEY, before, after: settings })
  })
  invalidateCachedReads(CACHE_KEY)
  return settings
}
