import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import { EnrolmentStatus, InstitutionType } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { isUuid } from '@/lib/server/validation'
import { enrolmentWhere, participantWhere } from '@/lib/server/scope/where'

export const PARTICIPANTS_PER_PAGE = 25

export type ParticipantListQuery = {
  q?: string; cohortId?: string; regencyCode?: string; institutionType?: string; status?: string; page?: number
}

/** Search by name, phone (any way it is typed) or the last digits of the NIK (the masked copy keeps them). */
function searchFilter(q: string): Prisma.ParticipantWhereInput {
  const or: Prisma.ParticipantWhereInput[] = [{ name: { contains: q, mode: 'insensitive' } }]
  const digits = q.replace(/[\s.\-()+]/g, '')
  if (/^\d{3,}$/.test(digits)) {
    or.push({ phone: { contains: digits.replace(/^(62|0)/, '') } })
    if (digits.length <= 4) or.push({ nikMasked: { endsWith: digits } })
  }
  return { OR: or }
}

/** One page of the participants the actor may read, by name, with their enrolments in scope. */
export async function listParticipants(actor: Actor, query: ParticipantListQuery = {}) {
  const enrolmentScope = enrolmentWhere(actor)
  const filters: Prisma.ParticipantWhereInput[] = [participantWhere(actor)]
  const q = query.q?.trim().slice(0, 100)
  if (q) filters.push(searchFilter(q))
  const enrolmentFilters: Prisma.EnrolmentWhereInput[] = []
  if (query.cohortId && isUuid(query.cohortId)) enrolmentFilters.push({ cohortId: query.cohortId })
  if (query.status && query.status in EnrolmentStatus) enrolmentFilters.push({ status: query.status as EnrolmentStatus })
  if (enrolmentFilters.length) filters.push({ enrolments: { some: { AND: [enrolmentScope, ...enrolmentFilters] } } })
  if (query.regencyCode && /^\d{2}\.\d{2}$/.test(query.regencyCode)) filters.push({ regencyCode: query.regencyCode })
  if (query.institutionType && query.institutionType in InstitutionType) filters.push({ institutionType: query.institutionType as InstitutionType })
  const where = { AND: filters }
  const total = await db.participant.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / PARTICIPANTS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount)
  const participants = await db.participant.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * PARTICIPANTS_PER_PAGE,
    take: PARTICIPANTS_PER_PAGE,
    select: {
      id: true, name: true, nikMasked: true, phone: true, institutionType: true, institutionName: true,
      regency: { select: { name: true } },
      enrolments: {
        where: enrolmentScope,
        orderBy: { createdAt: 'desc' },
        select: { id: true, status: true, cohort: { select: { name: true, wave: { select: { number: true, program: { select: { name: true } } } } } } },
      },
    },
  })
  return { participants, total, page, pageCount }
}

export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>['participants'][number]
