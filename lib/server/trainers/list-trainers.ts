import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { trainerWhere } from '@/lib/server/scope/where'

export const TRAINERS_PER_PAGE = 25

export type TrainerListQuery = { q?: string; provinceCode?: string; page?: number }

/** One page of the trainers the actor may read, by name, with how many classes each is assigned to. */
export async function listTrainers(actor: Actor, query: TrainerListQuery = {}) {
  const q = query.q?.trim().slice(0, 100)
  const filters: Prisma.TrainerWhereInput[] = [trainerWhere(actor)]
  if (q) {
    filters.push({
      OR: [
        { name: { contains: q, mode: 'insensitive' } },
        { email: { contains: q, mode: 'insensitive' } },
        { institution: { contains: q, mode: 'insensitive' } },
        { expertise: { has: q } },
      ],
    })
  }
  if (query.provinceCode && /^\d{2}$/.test(query.provinceCode)) filters.push({ homeProvinceCode: query.provinceCode })
  const where = { AND: filters }
  const total = await db.trainer.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / TRAINERS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount)
  const trainers = await db.trainer.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * TRAINERS_PER_PAGE,
    take: TRAINERS_PER_PAGE,
    select: {
      id: true, name: true, email: true, phone: true, institution: true, expertise: true, active: true,
      homeProvince: { select: { code: true, name: true } },
      _count: { select: { assignments: true } },
    },
  })
  return { trainers, total, page, pageCount }
}
