// Everything a certificate PDF, the verification page and the download lists show of one
// certificate, as issued (the holder's name, institution and JP are the certificate's own copy).

export type DesignImage = { data: Buffer; type: string }

export type CertificateDesignView = {
  heading: string
  bodyText: string
  accentColor: string
  logo: DesignImage | null
  background: DesignImage | null
  signature: DesignImage | null
}

export type CertificateView = {
  id: string
  number: string
  verificationCode: string
  holderName: string
  holderInstitution: string
  programName: string
  waveNumber: number
  cohortName: string
  provinceName: string
  /** The cohort's first and last day (dates at the venue, as stored). */
  startDate: Date
  endDate: Date
  totalJp: number
  issuedAt: Date
  issuePlace: string
  issuingOffice: string
  signatoryName: string
  signatoryTitle: string
  revokedAt: Date | null
  revokedReason: string | null
  /** The number of the certificate that replaces this one, when reissued. */
  replacedByNumber: string | null
  /** The number of the certificate this one replaces. */
  replacesNumber: string | null
  design: CertificateDesignView
}

/** "{number} {name}.pdf" in a safe form: ASCII letters, digits, spaces, dots and dashes only. */
export function certificateFileName(view: Pick<CertificateView, 'number' | 'holderName'>): string {
  const safe = `${view.number} ${view.holderName}`.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[/\\]+/g, '-')
    .replace(/[^A-Za-z0-9 .\-]+/g, '').replace(/\s+/g, ' ').trim().slice(0, 120)
  return `${safe || 'sertifikat'}.pdf`
}
