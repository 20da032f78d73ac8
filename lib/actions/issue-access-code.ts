'use server'
import { getActor } from '@/lib/server/auth/session'
import { isAppError } from '@/lib/server/errors'
import { issueAccessCode } from '@/lib/server/participant-access/issue-access-code'
import { whatsAppLink } from '@/lib/server/participant-access/whatsapp-message'
import { getSiteOrigin } from '@/lib/server/site-url'

export type IssuedAccessState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'success'; accessCode: string; signInUrl: string; whatsAppUrl: string; phone: string }

/** A new access code, shown once to the officer together with the sign-in link and a ready WhatsApp message. */
export async function issueAccessCodeAction(_: IssuedAccessState, formData: FormData): Promise<IssuedAccessState> {
  const actor = await getActor()
  if (!actor) return { status: 'error', message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }
  try {
    const issued = await issueAccessCode(actor, { participantId: formData.get('participantId'), ganti: formData.get('ganti') ?? undefined })
    const signInUrl = `${(await getSiteOrigin()).origin}/masuk/tautan/${issued.signInToken}`
    return {
      status: 'success', accessCode: issued.accessCode, signInUrl, phone: issued.phone,
      whatsAppUrl: whatsAppLink({ name: issued.name, phone: issued.phone, cohortName: issued.cohortName, signInUrl, accessCode: issued.accessCode }),
    }
  } catch (e) {
    if (isAppError(e)) return { status: 'error', message: e.message }
    throw e
  }
}
