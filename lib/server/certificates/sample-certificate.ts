import 'server-only'
import type { CertificateDesignView, CertificateView } from '@/lib/certificates/certificate-view'
import { formatCertificateNumber } from '@/lib/certificates/numbering'

// The sample certificate of the design editor's live preview: a made-up holder, the program's own
// name, first wave and JP, and the number the pattern gives the first certificate.

export const SAMPLE_HOLDER = 'Nama Peserta Contoh'
export const SAMPLE_VERIFICATION_CODE = 'CNTH7K2M9PQR'

export type SampleInput = {
  programName: string
  totalJp: number
  waveNumber?: number
  startDate?: Date
  endDate?: Date
  numberPattern: string
  issuePlace: string
  issuingOffice: string
  signatoryName: string
  signatoryTitle: string
  design: CertificateDesignView
  now?: Date
}

export function sampleCertificateView(input: SampleInput): CertificateView {
  const now = input.now ?? new Date()
  const startDate = input.startDate ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 4))
  const endDate = input.endDate ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  return {
    id: 'contoh',
    number: formatCertificateNumber(input.numberPattern, { seq: 1, provinceCode: '32', provinceName: 'Jawa Barat', month: now.getUTCMonth() + 1, year: now.getUTCFullYear() }),
    verificationCode: SAMPLE_VERIFICATION_CODE,
    holderName: SAMPLE_HOLDER,
    holderInstitution: 'Perpustakaan Desa Contoh, Kabupaten Bandung',
    programName: input.programName,
    waveNumber: input.waveNumber ?? 1,
    cohortName: 'Kelas Jawa Barat 1',
    provinceName: 'Jawa Barat',
    startDate,
    endDate,
    totalJp: input.totalJp,
    issuedAt: now,
    issuePlace: input.issuePlace,
    issuingOffice: input.issuingOffice,
    signatoryName: input.signatoryName,
    signatoryTitle: input.signatoryTitle,
    revokedAt: null,
    revokedReason: null,
    replacedByNumber: null,
    replacesNumber: null,
    design: input.design,
  }
}
