import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { CertificateDesignView, DesignImage } from '@/lib/certificates/certificate-view'
import { DEFAULT_NUMBER_PATTERN, type OtherNumberPattern } from '@/lib/certificates/numbering'
import { db, type Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { idOrNotFound } from '@/lib/server/validation'
import type { DesignText } from './design-input'
import { DEFAULT_DESIGN } from './load-certificate-views'

// A program's certificate design for its editor and preview (Admin Pusat): the saved one, or the
// schema's defaults before the first save.

export const DEFAULT_DESIGN_TEXT: DesignText = {
  numberPattern: DEFAULT_NUMBER_PATTERN,
  heading: DEFAULT_DESIGN.heading,
  bodyText: DEFAULT_DESIGN.bodyText,
  accentColor: DEFAULT_DESIGN.accentColor,
  issuePlace: 'Jakarta',
  issuingOffice: 'Perpustakaan Nasional Republik Indonesia',
  signatoryName: '',
  signatoryTitle: 'Kepala Perpustakaan Nasional Republik Indonesia',
}

export type EditableDesign = {
  program: { id: string; name: string; year: number; totalJp: number; firstWave: { number: number; startDate: Date; endDate: Date } | null }
  text: DesignText
  images: Pick<CertificateDesignView, 'logo' | 'background' | 'signature'>
  saved: boolean
  /** Other programs' patterns, so the editor can warn of a clash as the pattern is typed. */
  otherPatterns: OtherNumberPattern[]
}

const image = (data: Uint8Array | null, type: string | null): DesignImage | null => (data && type ? { data: Buffer.from(data), type } : null)

/** The number patterns of every other program's saved design. */
export async function otherNumberPatterns(tx: Pick<Tx, 'certificateDesign'>, programId: string): Promise<OtherNumberPattern[]> {
  const designs = await tx.certificateDesign.findMany({ where: { programId: { not: programId } }, select: { numberPattern: true, program: { select: { name: true, year: true } } } })
  return designs.map((d) => ({ programName: d.program.name, programYear: d.program.year, pattern: d.numberPattern }))
}

export async function getCertificateDesignOrThrow(actor: Actor, programId: string): Promise<EditableDesign> {
  requireAccess(actor, 'update', 'program')
  idOrNotFound(programId, 'Program tidak ditemukan.')
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      id: true, name: true, year: true, certificateDesign: true,
      modules: { select: { jp: true } },
      waves: { orderBy: { number: 'asc' }, take: 1, select: { number: true, startDate: true, endDate: true } },
    },
  })
  if (!program) throw notFoundError('Program tidak ditemukan.')
  const d = program.certificateDesign
  return {
    program: { id: program.id, name: program.name, year: program.year, totalJp: program.modules.reduce((sum, m) => sum + m.jp, 0), firstWave: program.waves[0] ?? null },
    text: d
      ? { numberPattern: d.numberPattern, heading: d.heading, bodyText: d.bodyText, accentColor: d.accentColor, issuePlace: d.issuePlace, issuingOffice: d.issuingOffice, signatoryName: d.signatoryName, signatoryTitle: d.signatoryTitle }
      : DEFAULT_DESIGN_TEXT,
    images: d ? { logo: image(d.logo, d.logoType), background: image(d.background, d.backgroundType), signature: image(d.signature, d.signatureType) } : { logo: null, background: null, signature: null },
    saved: !!d,
    otherPatterns: await otherNumberPatterns(db, programId),
  }
}
