'use server'
import { can } from '@/lib/auth/permissions'
import { requireActor } from '@/lib/server/auth/session'
import { forbiddenError } from '@/lib/server/errors'
import { listVillageOptions } from '@/lib/server/participants/list-region-options'

/**
 * Villages of one regency for the participant form's village choice: for the staff who fill that form
 * (whoever may register or edit participants), not for every signed-in account.
 */
export async function listParticipantVillageOptionsAction(regencyCode: string) {
  const actor = await requireActor()
  if (!can(actor.role, 'create', 'participant') && !can(actor.role, 'update', 'participant')) throw forbiddenError()
  return listVillageOptions(typeof regencyCode === 'string' ? regencyCode : '')
}
