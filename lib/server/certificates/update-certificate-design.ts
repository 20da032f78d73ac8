import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { DESIGN_IMAGES, type DesignImageField } from '@/lib/certificates/design-image'
import { clashingNumberPattern, numberClashMessage } from '@/lib/certificates/numbering'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db, type Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { validationError } from '@/lib/server/validation'
import { requireAccess } from '@/lib/server/scope/access'
import { parseDesignForm } from './design-input'
import { otherNumberPatterns } from './get-certificate-design'

// Saves a program's certificate design (Admin Pusat): text fields, and each image kept, removed or
// replaced. The audit trail records the text and each image's type and size, never its bytes.

type ImageColumns = Partial<Record<DesignImageField, Uint8Array<ArrayBuffer> | null> & Record<`${DesignImageField}Type`, string | null>>

const TEXT_SELECT = { numberPattern: true, heading: true, bodyText: true, accentColor: true, issuePlace: true, issuingOffice: true, signatoryName: true, signatoryTitle: true, logoType: true, backgroundType: true, signatureType: true } as const

async function auditView(tx: Tx, programId: string) {
  const row = await tx.certificateDesign.findUnique({ where: { programId }, select: TEXT_SELECT })
  if (!row) return null
  const [sizes] = await tx.$queryRaw<{ logo: number | null; background: number | null; signature: number | null }[]>`
    SELECT octet_length(logo) AS logo, octet_length(background) AS background, octet_length(signature) AS signature
    FROM certificate_design WHERE "programId" = ${programId}::uuid`
  const { logoType, backgroundType, signatureType, ...text } = row
  const meta = (type: string | null, size: number | null) => (type ? { type, bytes: Number(size) } : null)
  return { ...text, logo: meta(logoType, sizes.logo), background: meta(backgroundType, sizes.background), signature: meta(signatureType, sizes.signature) }
}

/** The design form, checked in full before anything is written (parseDesignForm). */
export async function updateCertificateDesign(actor: Actor, formData: FormData) {
  requireAccess(actor, 'update', 'program')
  const { programId, text, images } = await parseDesignForm(formData)
  const columns: ImageColumns = {}
  for (const field of DESIGN_IMAGES) {
    const change = images[field]
    if (change.kind === 'remove') Object.assign(columns, { [field]: null, [`${field}Type`]: null })
    if (change.kind === 'replace') Object.assign(columns, { [field]: new Uint8Array(change.data), [`${field}Type`]: change.type })
  }
  return db.$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: programId }, select: { id: true, year: true } })
    if (!program) throw notFoundError('Program tidak ditemukan.')
    // Numbers are unique across programs: a pattern that prints another program's numbers would make issuing fail later.
    const clash = clashingNumberPattern(text.numberPattern, program.year, await otherNumberPatterns(tx, programId))
    if (clash) throw validationError({ numberPattern: [numberClashMessage(clash)] })
    const before = await auditView(tx, programId)
    await tx.certificateDesign.upsert({ where: { programId }, create: { programId, ...text, ...columns }, update: { ...text, ...columns } })
    const after = await auditView(tx, programId)
    await writeAuditLog(tx, actor, { action: before ? 'update' : 'create', entity: 'CertificateDesign', entityId: programId, before, after })
  })
}
