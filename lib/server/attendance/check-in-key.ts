import 'server-only'
import { checkInSessionKey } from '@/lib/attendance/check-in-code'
import { getSecrets } from '@/lib/server/secrets'

/** The key of a session's check-in codes, derived from AUTH_SECRET: never stored, never sent to a browser. */
export const sessionCheckInKey = (sessionId: string) => checkInSessionKey(getSecrets().authSecret, sessionId)

/** The address a check-in QR code opens: the participant's check-in page with the code filled in. */
export const checkInPath = (sessionId: string, code?: string) => `/peserta/hadir/${sessionId}${code ? `?kode=${code}` : ''}`
