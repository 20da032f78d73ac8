'use server'
import { requireActor } from '@/lib/server/auth/session'
import { listParticipantVillageOptions } from '@/lib/server/participants/list-participant-village-options'

/** Villages of one regency for the participant form's village choice (staff who register or edit participants). */
export async function listParticipantVillageOptionsAction(regencyCode: string) {
  const actor = await requireActor()
  return listParticipantVillageOptions(actor, regencyCode)
}
