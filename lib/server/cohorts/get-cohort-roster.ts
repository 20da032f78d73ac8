import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { cohortWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

/** Where a participant stands with signing in: no code yet, a code never used, or signed in (when last). */
export type RosterAccess = 'NO_CODE' | 'NEVER_SIGNED_IN' | 'SIGNED_IN'

const statusOrder = { REGISTERED: 0, PASSED: 0, FAILED: 0, WITHDRAWN: 1 } as const

/**
 * A cohort's participants as its officers and trainers see them (issue 12 point 13): enrolment status,
 * institution, village and whether they have signed in, withdrawn ones last, by name. The cohort is
 * reached through `cohortWhere` (outside the scope: NOT_FOUND) and its enrolments through
 * `enrolmentWhere`. A participant's access is to their own enrolment only, never a class list: FORBIDDEN.
 */
export async function getCohortRosterOrThrow(actor: Actor, cohortId: string) {
  if (requireAccess(actor, 'read', 'enrolment') === 'own') throw forbiddenError()
  idOrNotFound(cohortId, 'Kelas tidak ditemukan.')
  const cohort = await db.cohort.findFirst({ where: { AND: [cohortWhere(actor), { id: cohortId }] }, select: { id: true } })
  if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
  const enrolments = await db.enrolment.findMany({
    where: { AND: [enrolmentWhere(actor), { cohortId }] },
    orderBy: [{ participant: { name: 'asc' } }, { id: 'asc' }],
    select: {
      id: true, status: true,
      participant: {
        select: {
          id: true, name: true, institutionType: true, institutionName: true,
          regency: { select: { name: true } },
          village: { select: { name: true, district: { select: { name: true } } } },
          // Whether a code exists and when they last signed in; the hash itself never leaves this function.
          user: { select: { accessCodeHash: true, lastSignInAt: true } },
        },
      },
    },
  })
  const rows = enrolments
    .map(({ id, status, participant: { user, village, regency, ...p } }) => ({
      enrolmentId: id, status, participantId: p.id, name: p.name, institutionType: p.institutionType, institutionName: p.institutionName,
      regencyName: regency.name, villageName: village?.name ?? null, districtName: village?.district.name ?? null,
      access: (!user?.accessCodeHash ? 'NO_CODE' : user.lastSignInAt ? 'SIGNED_IN' : 'NEVER_SIGNED_IN') as RosterAccess,
      lastSignInAt: user?.lastSignInAt ?? null,
    }))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status])
  const active = rows.filter((r) => r.status !== 'WITHDRAWN')
  return {
    rows,
    counts: {
      active: active.length,
      withdrawn: rows.length - active.length,
      withoutCode: active.filter((r) => r.access === 'NO_CODE').length,
      neverSignedIn: active.filter((r) => r.access !== 'SIGNED_IN').length,
    },
  }
}

export type CohortRoster = Awaited<ReturnType<typeof getCohortRosterOrThrow>>
export type RosterRow = CohortRoster['rows'][number]
