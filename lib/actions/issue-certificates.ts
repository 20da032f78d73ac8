'use server'
import { revalidatePath } from 'next/cache'
import { issueCertificates, type IssueResult } from '@/lib/server/certificates/issue-certificates'
import { runFormAction } from './action-state'
import type { ActionState } from './action-state-types'

function issuedMessage(r: IssueResult): string {
  if (!r.issued) return `Tidak ada sertifikat baru: ${r.alreadyHad} peserta sudah memilikinya, ${r.notEligible} belum memenuhi syarat.`
  const range = r.issued === 1 ? `nomor ${r.firstNumber}` : `nomor ${r.firstNumber} s.d. ${r.lastNumber}`
  return `${r.issued} sertifikat diterbitkan (${range}).`
}

export async function issueCertificatesAction(_: ActionState, formData: FormData): Promise<ActionState> {
  let result: IssueResult | null = null
  const state = await runFormAction(formData, async (actor, values) => { result = await issueCertificates(actor, values) }, '')
  if (state.status === 'success' && result) {
    revalidatePath('/admin/kelas', 'layout')
    revalidatePath('/admin/gelombang', 'layout')
    revalidatePath('/provinsi/kelas', 'layout')
    return { ...state, message: issuedMessage(result) }
  }
  return state
}
