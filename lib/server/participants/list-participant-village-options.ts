import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { forbiddenError } from '@/lib/server/errors'
import { listVillageOptions } from './list-region-options'

/**
 * The village choice of the participant form, for those who fill it in: whoever may register or
 * edit participants. The villages are public reference data, but an endpoint open to every signed-in
 * role is a free bulk reader for participants and trainers (issue 9, point 9).
 */
export async function listParticipantVillageOptions(actor: Actor, regencyCode: unknown) {
  if (!can(actor.role, 'create', 'participant') && !can(actor.role, 'update', 'participant')) throw forbiddenError()
  return listVillageOptions(typeof regencyCode === 'string' ? regencyCode : '')
}
