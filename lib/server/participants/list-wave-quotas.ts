import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { idOrNotFound } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'

/** The provinces with cohorts in a wave: their cohorts' places, participants registered and the wave quota (Admin Pusat). */
export async function listWaveQuotas(actor: Actor, waveId: string) {
  if (requireAccess(actor, 'update', 'quota') !== 'any') throw forbiddenError()
  idOrNotFound(waveId, 'Gelombang tidak ditemukan.')
  const wave = await db.wave.findUnique({
    where: { id: waveId },
    select: {
      id: true, number: true, program: { select: { id: true, name: true } },
      quotas: { select: { provinceCode: true, quota: true } },
      cohorts: {
        select: {
          provinceCode: true, quota: true, province: { select: { name: true } },
          _count: { select: { enrolments: { where: { status: { not: 'WITHDRAWN' } } } } },
        },
      },
    },
  })
  if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
  const quotaOf = new Map(wave.quotas.map((q) => [q.provinceCode, q.quota]))
  const rows = new Map<string, { provinceCode: string; provinceName: string; cohortCount: number; cohortPlaces: number; taken: number; quota: number | null }>()
  for (const c of wave.cohorts) {
    const row = rows.get(c.provinceCode) ?? { provinceCode: c.provinceCode, provinceName: c.province.name, cohortCount: 0, cohortPlaces: 0, taken: 0, quota: quotaOf.get(c.provinceCode) ?? null }
    row.cohortCount += 1
    row.cohortPlaces += c.quota
    row.taken += c._count.enrolments
    rows.set(c.provinceCode, row)
  }
  return { id: wave.id, number: wave.number, program: wave.program, provinces: [...rows.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)) }
}

export type WaveQuotaRow = Awaited<ReturnType<typeof listWaveQuotas>>['provinces'][number]
