import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { CertificateDesignView, CertificateView, DesignImage } from '@/lib/certificates/certificate-view'
import { db } from '@/lib/server/db'

// The certificates matching `where` (already scoped by the caller: certificateWhere, or a public
// lookup by verification code), with their program's design, in number order.

type DesignRow = { programId: string; heading: string; bodyText: string; accentColor: string } & Partial<
  Record<'logo' | 'background' | 'signature', Uint8Array | null> & Record<'logoType' | 'backgroundType' | 'signatureType', string | null>
>

const image = (data: Uint8Array | null, type: string | null): DesignImage | null => (data && type ? { data: Buffer.from(data), type } : null)

export const DEFAULT_DESIGN: CertificateDesignView = { heading: 'SERTIFIKAT', bodyText: 'telah mengikuti Bimbingan Teknis', accentColor: '#1e3a8a', logo: null, background: null, signature: null }

export async function loadCertificateViews(where: Prisma.CertificateWhereInput, options: { withImages?: boolean } = {}): Promise<CertificateView[]> {
  const withImages = options.withImages ?? true
  const rows = await db.certificate.findMany({
    where,
    orderBy: { number: 'asc' },
    select: {
      id: true, number: true, verificationCode: true, holderName: true, holderInstitution: true, totalJp: true, issuedAt: true, issuePlace: true,
      issuingOffice: true, signatoryName: true, signatoryTitle: true, revokedAt: true, revokedReason: true,
      replacedBy: { select: { number: true } }, replaces: { select: { number: true } },
      enrolment: {
        select: {
          program: { select: { id: true, name: true } },
          cohort: { select: { name: true, startDate: true, endDate: true, wave: { select: { number: true } }, province: { select: { name: true } } } },
        },
      },
    },
  })
  const programIds = [...new Set(rows.map((r) => r.enrolment.program.id))]
  const designRows: DesignRow[] = await db.certificateDesign.findMany({
    where: { programId: { in: programIds } },
    select: {
      programId: true, heading: true, bodyText: true, accentColor: true,
      ...(withImages ? { logo: true, logoType: true, background: true, backgroundType: true, signature: true, signatureType: true } : {}),
    },
  })
  const designs = new Map(designRows.map((d) => [d.programId, d]))
  return rows.map((r) => {
    const d = designs.get(r.enrolment.program.id)
    const { cohort, program } = r.enrolment
    return {
      id: r.id, number: r.number, verificationCode: r.verificationCode, holderName: r.holderName, holderInstitution: r.holderInstitution,
      programName: program.name, waveNumber: cohort.wave.number, cohortName: cohort.name, provinceName: cohort.province.name,
      startDate: cohort.startDate, endDate: cohort.endDate, totalJp: r.totalJp, issuedAt: r.issuedAt, issuePlace: r.issuePlace,
      issuingOffice: r.issuingOffice, signatoryName: r.signatoryName, signatoryTitle: r.signatoryTitle, revokedAt: r.revokedAt,
      revokedReason: r.revokedReason, replacedByNumber: r.replacedBy?.number ?? null, replacesNumber: r.replaces?.number ?? null,
      design: d ? {
        heading: d.heading, bodyText: d.bodyText, accentColor: d.accentColor,
        logo: image(d.logo ?? null, d.logoType ?? null), background: image(d.background ?? null, d.backgroundType ?? null), signature: image(d.signature ?? null, d.signatureType ?? null),
      } : DEFAULT_DESIGN,
    }
  })
}
