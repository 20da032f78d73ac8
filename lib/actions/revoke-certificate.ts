'use server'
import { revalidatePath } from 'next/cache'
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function revokeCertificateAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor, values) => revokeCertificate(actor, values), 'Sertifikat dicabut.')
  if (state.status === 'success') {
    revalidatePath('/admin/kelas', 'layout')
    revalidatePath('/provinsi/kelas', 'layout')
  }
  return state
}
