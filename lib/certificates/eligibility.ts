// The program's certificate rule (issue 11): enough of the JP attended (sessions marked Hadir or
// Terlambat against the total JP of the cohort's sessions) and, where the program requires it, a
// post-test at or above the pass mark. Every unmet condition is a reason in plain Indonesian.
// Pure: the eligibility list, the issue preview, the participant's page and the seed share it.

import { formatScore } from '@/lib/assessments/score'

export type CertificateRule = { minAttendancePercent: number; postTestRequired: boolean; postTestPassMark: number }
export type EligibilityInput = { attendedJp: number; totalJp: number; postTestScore: number | null }
export type Eligibility = { eligible: boolean; reasons: string[]; attendancePercent: number }

/** Whole percent, rounded down: 81.25 % shows as 81 %, so a share shown below the minimum never passes it. */
export const attendancePercent = (attendedJp: number, totalJp: number) => (totalJp > 0 ? Math.floor((attendedJp * 100) / totalJp) : 0)

export function evaluateEligibility(rule: CertificateRule, input: EligibilityInput): Eligibility {
  const { attendedJp, totalJp, postTestScore } = input
  const percent = attendancePercent(attendedJp, totalJp)
  const reasons: string[] = []
  if (totalJp <= 0) reasons.push('kelas belum memiliki sesi ber-JP')
  // Compared in whole numbers: 26 × 100 ≥ 80 × 32, no rounding at the boundary.
  else if (attendedJp * 100 < rule.minAttendancePercent * totalJp) {
    reasons.push(`kehadiran ${attendedJp} dari ${totalJp} JP (${percent} %) < ${rule.minAttendancePercent} %`)
  }
  if (rule.postTestRequired) {
    if (postTestScore === null) reasons.push('belum mengikuti post-test')
    else if (postTestScore < rule.postTestPassMark) reasons.push(`nilai post-test ${formatScore(postTestScore)} < ${rule.postTestPassMark}`)
  }
  return { eligible: reasons.length === 0, reasons, attendancePercent: percent }
}


/** The reasons as one sentence: "Belum memenuhi syarat: kehadiran … ; belum mengikuti post-test." */
export function eligibilitySummary(e: Eligibility): string {
  return e.eligible ? 'Memenuhi syarat sertifikat.' : `Belum memenuhi syarat: ${e.reasons.join('; ')}.`
}
