'use server'
import { revalidatePath } from 'next/cache'
import { reissueCertificate } from '@/lib/server/certificates/reissue-certificate'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

export async function reissueCertificateAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let number = ''
  const state = await runFormAction(formData, async (actor, values) => { number = (await reissueCertificate(actor, values)).number }, '')
  if (state.status === 'success') {
    revalidatePath('/admin/kelas', 'layout')
    revalidatePath('/provinsi/kelas', 'layout')
    return { ...state, message: `Sertifikat diterbitkan ulang dengan nomor ${number}.` }
  }
  return state
}
