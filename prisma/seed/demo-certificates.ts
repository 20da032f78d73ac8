// The 2024 round's certificates, issued by the program's rule as Admin Pusat would have: one per
// enrolment that meets it (the seed's PASSED status, checked again with evaluateEligibility), numbered
// gaplessly from 1 in the order the cohorts closed, dated the day after each cohort's last day. One
// certificate (not the demo participant's) was revoked for a misspelt name and reissued.
// Deterministic: ids from demoId, verification codes from a hash of the enrolment, so every run and
// every machine has the same demo certificates (they are public demo data, not secrets).
import { createHash } from 'node:crypto'
import type { PrismaClient } from '../../generated/prisma/client'
import type { EnrolmentStatus } from '../../generated/prisma/enums'
import { evaluateEligibility, type CertificateRule } from '../../lib/certificates/eligibility'
import { formatCertificateNumber } from '../../lib/certificates/numbering'
import { VERIFICATION_ALPHABET, VERIFICATION_CODE_LENGTH } from '../../lib/certificates/verification-code'
import { insertUnnest, type ColumnTypes } from './bulk'
import { DEMO_ACCOUNTS } from './demo-accounts'
import type { SeededCohort } from './demo-calendar'
import type { PlannedParticipant } from './participants'
import { demoId } from './random'

export type EnrolmentStanding = {
  enrolmentId: string
  participantId: string
  cohortId: string
  status: EnrolmentStatus
  attendedJp: number
  totalJp: number
  postTestScore: number | null
}

export const DEMO_DESIGN = {
  numberPattern: '{seq}/SERT/BIMTEK-SPP-TIK/{province}/{month}/{year}',
  heading: 'SERTIFIKAT',
  bodyText: 'telah mengikuti Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial',
  accentColor: '#143d6b',
  signatoryName: 'Drs. Muhammad Syarif Hidayat, M.M.',
  signatoryTitle: 'Kepala Perpustakaan Nasional Republik Indonesia',
  issuePlace: 'Jakarta',
  issuingOffice: 'Perpustakaan Nasional Republik Indonesia',
} as const

/** The revoked certificate and its reissue: fixed codes, so the README and the tests can name them. */
export const DEMO_REVOKED_CODE = 'RM4HC7TAWX9E'
export const DEMO_REISSUED_CODE = 'RM4HC7TAWX9F'
export const DEMO_REVOKED_REASON = 'Perbaikan penulisan nama'

export type PlannedCertificate = {
  id: string
  enrolmentId: string
  number: string
  verificationCode: string
  issuedAt: Date
  issuePlace: string
  issuingOffice: string
  holderName: string
  holderInstitution: string
  totalJp: number
  signatoryName: string
  signatoryTitle: string
  replacesId: string | null
  revokedAt: Date | null
  revokedReason: string | null
  revokedById: string | null
}

const CERTIFICATE_COLUMNS: ColumnTypes<PlannedCertificate> = {
  id: 'uuid', enrolmentId: 'uuid', number: 'text', verificationCode: 'text', issuedAt: 'timestamptz', issuePlace: 'text', issuingOffice: 'text',
  holderName: 'text', holderInstitution: 'text', totalJp: 'int4', signatoryName: 'text', signatoryTitle: 'text', replacesId: 'uuid',
  revokedAt: 'timestamptz', revokedReason: 'text', revokedById: 'uuid',
}

/** 12 characters of the verification alphabet from a hash of the label: stable, and spread like random ones. */
export function demoVerificationCode(label: string): string {
  const bytes = createHash('sha256').update(`bimtek-demo/certificate-code/${label}`).digest()
  let code = ''
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++) code += VERIFICATION_ALPHABET[bytes.readUInt16BE(i * 2) % VERIFICATION_ALPHABET.length]
  return code
}

/** The day after the cohort's last day, 09.00 WIB. */
const issueDateAfter = (endDate: string) => new Date(Date.parse(`${endDate}T02:00:00Z`) + 86_400_000)

/** "Siti Nurhaliza" → "Sti Nurhaliza": the slip the reissue corrects. */
const misspelt = (name: string) => name.slice(0, 1) + name.slice(2)

type PlanInput = {
  cohorts: SeededCohort[]
  participants: PlannedParticipant[]
  standings: EnrolmentStanding[]
  rule: CertificateRule
  demoParticipantId: string
  revokedById: string | null
}

export function planCertificates(input: PlanInput): { certificates: PlannedCertificate[]; lastSeq: number } {
  const participants = new Map(input.participants.map((p) => [p.id, p]))
  const cohorts = new Map(input.cohorts.map((c) => [c.id, c]))
  const issued = input.standings.filter((s) => {
    const eligible = evaluateEligibility(input.rule, s).eligible
    if (eligible !== (s.status === 'PASSED')) throw new Error(`Enrolment ${s.enrolmentId}: status ${s.status} disagrees with the certificate rule`)
    return eligible
  })
  // Cohorts in the order they closed (then by province), participants by name within a cohort.
  const key = (s: EnrolmentStanding) => {
    const c = cohorts.get(s.cohortId)!
    return `${c.endDate}|${c.provinceCode}|${participants.get(s.participantId)!.name}|${s.participantId}`
  }
  issued.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  const demoCohortId = participants.get(input.demoParticipantId)?.cohortId
  const revokedIndex = issued.findIndex((s) => s.cohortId === demoCohortId && s.participantId !== input.demoParticipantId)
  let seq = 0
  const certificates = issued.map((s, index): PlannedCertificate => {
    const cohort = cohorts.get(s.cohortId)!
    const participant = participants.get(s.participantId)!
    const issuedAt = issueDateAfter(cohort.endDate)
    seq += 1
    return {
      id: demoId('certificate', s.enrolmentId, 1),
      enrolmentId: s.enrolmentId,
      number: numberOf(seq, cohort.provinceCode, issuedAt),
      verificationCode: index === revokedIndex ? DEMO_REVOKED_CODE : demoVerificationCode(s.enrolmentId),
      issuedAt, issuePlace: DEMO_DESIGN.issuePlace, issuingOffice: DEMO_DESIGN.issuingOffice,
      holderName: index === revokedIndex ? misspelt(participant.name) : participant.name,
      holderInstitution: participant.institutionName, totalJp: s.totalJp,
      signatoryName: DEMO_DESIGN.signatoryName, signatoryTitle: DEMO_DESIGN.signatoryTitle,
      replacesId: null, revokedAt: null, revokedReason: null, revokedById: null,
    }
  })
  if (revokedIndex >= 0) {
    const old = certificates[revokedIndex]
    const participant = participants.get(issued[revokedIndex].participantId)!
    const provinceCode = cohorts.get(issued[revokedIndex].cohortId)!.provinceCode
    const revokedAt = new Date(old.issuedAt.getTime() + 3 * 86_400_000)
    Object.assign(old, { revokedAt, revokedReason: DEMO_REVOKED_REASON, revokedById: input.revokedById })
    seq += 1
    certificates.push({
      ...old, id: demoId('certificate', old.enrolmentId, 2), number: numberOf(seq, provinceCode, revokedAt), verificationCode: DEMO_REISSUED_CODE,
      issuedAt: revokedAt, holderName: participant.name, replacesId: old.id, revokedAt: null, revokedReason: null, revokedById: null,
    })
  }
  return { certificates, lastSeq: seq }
}

const numberOf = (seq: number, provinceCode: string, issuedAt: Date) =>
  formatCertificateNumber(DEMO_DESIGN.numberPattern, { seq, provinceCode, provinceName: '', month: issuedAt.getUTCMonth() + 1, year: issuedAt.getUTCFullYear() })

/** The design of the 2024 program and its certificates; the program's counter set to the last number. */
export async function seedCertificates(prisma: PrismaClient, input: Omit<PlanInput, 'revokedById'> & { programId: string }) {
  const admin = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS.adminPusat.email }, select: { id: true } })
  const { certificates, lastSeq } = planCertificates({ ...input, revokedById: admin?.id ?? null })
  await prisma.certificateDesign.createMany({ data: [{ programId: input.programId, ...DEMO_DESIGN }], skipDuplicates: true })
  // The old one first: the reissue points at it.
  const [reissues, originals] = [certificates.filter((c) => c.replacesId), certificates.filter((c) => !c.replacesId)]
  await insertUnnest(prisma, 'certificate', CERTIFICATE_COLUMNS, originals)
  await insertUnnest(prisma, 'certificate', CERTIFICATE_COLUMNS, reissues)
  await prisma.program.updateMany({ where: { id: input.programId, certificateSeq: { lt: lastSeq } }, data: { certificateSeq: lastSeq } })
  return { certificates: certificates.length }
}
