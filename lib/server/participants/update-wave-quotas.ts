import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { lockKeys } from '@/lib/server/advisory-locks'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow, validationError } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'

const MAX_QUOTA = 100_000

/** Form fields `quota.<provinceCode>`: a whole number, or blank for "no province quota". */
const quotaValue = z.string().trim().transform((v, ctx) => {
  if (v === '') return null
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > MAX_QUOTA) {
    ctx.addIssue({ code: 'custom', message: `Kuota harus bilangan bulat 0–${MAX_QUOTA.toLocaleString('id-ID')}, atau kosong.` })
    return z.NEVER
  }
  return n
})

const updateInput = z.object({ waveId: z.guid('Gelombang tidak valid.') }).catchall(z.unknown())

/**
 * Sets each province's quota for a wave (Admin Pusat). Only provinces with cohorts in the wave take
 * one; a quota below the participants already registered there is refused. Blank removes it.
 */
export async function updateWaveQuotas(actor: Actor, raw: unknown) {
  if (requireAccess(actor, 'update', 'quota') !== 'any') throw forbiddenError()
  const { waveId, ...rest } = parseOrThrow(updateInput, raw)
  const wanted = new Map<string, number | null>()
  const errors: Record<string, string[]> = {}
  for (const [key, value] of Object.entries(rest)) {
    const match = /^quota\.(\d{2})$/.exec(key)
    if (!match) continue
    const parsed = quotaValue.safeParse(typeof value === 'number' ? String(value) : value ?? '')
    if (parsed.success) wanted.set(match[1], parsed.data)
    else errors[key] = parsed.error.issues.map((i) => i.message)
  }
  if (Object.keys(errors).length) throw validationError(errors)
  return db.$transaction(async (tx) => {
    const wave = await tx.wave.findUnique({ where: { id: waveId }, select: { id: true, cohorts: { select: { provinceCode: true } } } })
    if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
    const provinces = new Set(wave.cohorts.map((c) => c.provinceCode))
    // The same locks registration takes, so a quota never drops under a registration in flight.
    await lockKeys(tx, [...wanted.keys()].map((code) => `capacity:wave:${waveId}:${code}`))
    const before = await tx.waveQuota.findMany({ where: { waveId }, select: { provinceCode: true, quota: true } })
    const beforeOf = new Map(before.map((q) => [q.provinceCode, q.quota]))
    const changes: { provinceCode: string; from: number | null; to: number | null }[] = []
    for (const [code, quota] of wanted) {
      if (!provinces.has(code)) {
        errors[`quota.${code}`] = ['Provinsi ini tidak memiliki kelas di gelombang ini.']
        continue
      }
      if (quota !== null) {
        const taken = await tx.enrolment.count({ where: { cohort: { waveId, provinceCode: code }, status: { not: 'WITHDRAWN' } } })
        if (quota < taken) errors[`quota.${code}`] = [`Kuota tidak boleh kurang dari ${taken} peserta yang sudah terdaftar.`]
      }
      if ((beforeOf.get(code) ?? null) !== quota) changes.push({ provinceCode: code, from: beforeOf.get(code) ?? null, to: quota })
    }
    if (Object.keys(errors).length) throw validationError(errors)
    for (const { provinceCode, to } of changes) {
      if (to === null) await tx.waveQuota.deleteMany({ where: { waveId, provinceCode } })
      else await tx.waveQuota.upsert({ where: { waveId_provinceCode: { waveId, provinceCode } }, create: { waveId, provinceCode, quota: to }, update: { quota: to } })
    }
    if (changes.length) await writeAuditLog(tx, actor, { action: 'update', entity: 'WaveQuota', entityId: waveId, before: Object.fromEntries(beforeOf), after: changes })
    return { changed: changes.length }
  })
}
