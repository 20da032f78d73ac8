import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import { EnrolmentStatus, InstitutionType } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { isUuid } from '@/lib/server/validation'
import { enrolmentWhere, participantWhere } from '@/lib/server/scope/where'

import { DEFAULT_PAGE_SIZE, parsePageSize } from '@/lib/participants/list-page-size'

export type ParticipantListFilter = { q?: string; cohortId?: string; regencyCode?: string; institutionType?: string; status?: string }
export type ParticipantListQuery = ParticipantListFilter & { page?: number; perPage?: number }

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

/**
 * The participants the list shows for a filter, within the actor's scope for `action` (read for the
 * list; update or export when a bulk action re-evaluates "all matching" at action time). A filter
 * value of the wrong shape is ignored here: the list is lenient, the bulk actions validate first.
 */
export function participantListWhere(actor: Actor, query: ParticipantListFilter, action: 'read' | 'update' | 'export' = 'read'): Prisma.ParticipantWhereInput {
  const enrolmentScope = enrolmentWhere(actor)
  const filters: Prisma.ParticipantWhereInput[] = [participantWhere(actor, action)]
  const q = query.q?.trim().slice(0, 100)
  if (q) filters.push(searchFilter(q))
  const enrolmentFilters: Prisma.EnrolmentWhereInput[] = []
  if (query.cohortId && isUuid(query.cohortId)) enrolmentFilters.push({ cohortId: query.cohortId })
  if (query.status && query.status in EnrolmentStatus) enrolmentFilters.push({ status: query.status as EnrolmentStatus })
  if (enrolmentFilters.length) filters.push({ enrolments: { some: { AND: [enrolmentScope, ...enrolmentFilters] } } })
  if (query.regencyCode && /^\d{2}\.\d{2}$/.test(query.regencyCode)) filters.push({ regencyCode: query.regencyCode })
  if (query.institutionType && query.institutionType in InstitutionType) filters.push({ institutionType: query.institutionType as InstitutionType })
  return { AND: filters }
}

/** One page of the participants the actor may read, by name, with their enrolments in scope. */
export async function listParticipants(actor: Actor, query: ParticipantListQuery = {}) {
  const enrolmentScope = enrolmentWhere(actor)
  const where = participantListWhere(actor, query)
  const perPage = query.perPage ? parsePageSize(String(query.perPage)) : DEFAULT_PAGE_SIZE
  const total = await db.participant.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / perPage))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount)
  const participants = await db.participant.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * perPage,
    take: perPage,
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
  return { participants, total, page, pageCount, perPage }
}

export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>['participants'][number]
