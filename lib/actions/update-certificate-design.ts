'use server'
import { revalidatePath } from 'next/cache'
import { updateCertificateDesign } from '@/lib/server/certificates/update-certificate-design'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function updateCertificateDesignAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, (actor) => updateCertificateDesign(actor, formData), 'Desain sertifikat disimpan.')
  if (state.status === 'success') revalidatePath(`/admin/program/${String(formData.get('programId'))}/sertifikat`)
  return state
}
