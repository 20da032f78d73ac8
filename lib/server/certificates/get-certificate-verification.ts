import 'server-only'
import { db } from '@/lib/server/db'
import { consumeRateLimits } from '@/lib/server/rate-limit'

// The public verification page's one read (decision 031): a certificate by its verification code,
// with only what the issue allows a stranger to see — number, holder's name, program, wave, dates,
// JP, issuing office, issue date and status. No NIK, phone, birth date, e-mail or institution is
// selected, so none can leak into the page.

export type CertificateVerification = {
  number: string
  holderName: string
  programName: string
  waveNumber: number
  startDate: Date
  endDate: Date
  totalJp: number
  issuingOffice: string
  issuePlace: string
  issuedAt: Date
  revokedAt: Date | null
  /** The number of the certificate that replaces a revoked one. */
  replacedByNumber: string | null
  /** The number of the certificate a reissue replaces. */
  replacesNumber: string | null
}

export async function getCertificateVerification(code: string): Promise<CertificateVerification | null> {
  const row = await db.certificate.findUnique({
    where: { verificationCode: code },
    select: {
      number: true, holderName: true, totalJp: true, issuingOffice: true, issuePlace: true, issuedAt: true, revokedAt: true,
      replacedBy: { select: { number: true } }, replaces: { select: { number: true } },
      enrolment: { select: { program: { select: { name: true } }, cohort: { select: { startDate: true, endDate: true, wave: { select: { number: true } } } } } },
    },
  })
  if (!row) return null
  const { enrolment: { program, cohort }, replacedBy, replaces, ...rest } = row
  return {
    ...rest, programName: program.name, waveNumber: cohort.wave.number, startDate: cohort.startDate, endDate: cohort.endDate,
    replacedByNumber: replacedBy?.number ?? null, replacesNumber: replaces?.number ?? null,
  }
}

const WINDOW_MS = 10 * 60_000
/** An employer checks a few certificates, a closing ceremony's hotel Wi-Fi a class's worth: 60 in 10 minutes per address. */
export const VERIFICATION_LIMIT = { max: 60, windowMs: WINDOW_MS }
export const verificationLimitKey = (address: string) => `verify:address:${address}`

/**
 * Counts one lookup against the address's limit; null when allowed, else the minutes to wait.
 * An unknown address (not behind our own server, see requestClientAddress) is not limited, as for check-in.
 */
export async function consumeVerificationLookup(address: string | null): Promise<number | null> {
  if (!address) return null
  const decision = await consumeRateLimits(db, [{ key: verificationLimitKey(address), ...VERIFICATION_LIMIT }])
  return decision.allowed ? null : Math.max(1, Math.ceil(decision.retryAfterMs / 60_000))
}
