'use server'
import { requireActor } from '@/lib/server/auth/session'
import { listVillageOptions } from '@/lib/server/participants/list-region-options'

/** Villages of one regency for the participant form's village choice (reference data, signed-in staff). */
export async function listParticipantVillageOptionsAction(regencyCode: string) {
  await requireActor()
  return listVillageOptions(typeof regencyCode === 'string' ? regencyCode : '')
}
