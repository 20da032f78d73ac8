import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { newVerificationCode } from '@/lib/certificates/verification-code'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { certificateWhere } from '@/lib/server/scope/where'
import { idOrNotFound, parseOrThrow } from '@/lib/server/validation'
import { allocateSeq, certificateNumber, lockProgram, requireIssuerDesign, withNumberClash } from './certificate-issuer'
import { reasonField, requireRevokeAccess, revokeInTx } from './revoke-certificate'

// A reissue (issue 11), typically after a name correction: in one transaction the old certificate
// is revoked with "Diterbitkan ulang: <reason>" and a new one is made with a new number and code,
// pointing at the old one (replacesId). What it says is read again now: the participant's current
// name and institution, the cohort's JP, the program's current signatory.

const reissueForm = z.object({ reason: reasonField('Alasan penerbitan ulang') })

export async function reissueCertificate(actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<{ id: string; number: string }> {
  requireRevokeAccess(actor)
  const certificateId = idOrNotFound(raw.certificateId, 'Sertifikat tidak ditemukan.')
  const { reason } = parseOrThrow(reissueForm, raw)
  const old = await db.certificate.findFirst({
    where: { AND: [certificateWhere(actor, 'revoke'), { id: certificateId }] },
    select: {
      id: true, number: true, revokedAt: true, enrolmentId: true,
      enrolment: {
        select: {
          programId: true, status: true,
          participant: { select: { name: true, institutionName: true } },
          cohort: { select: { provinceCode: true, province: { select: { name: true } }, sessions: { select: { jp: true } } } },
        },
      },
    },
  })
  if (!old) throw notFoundError('Sertifikat tidak ditemukan.')
  if (old.revokedAt) throw new AppError('CONFLICT', 'Sertifikat ini sudah dicabut; terbitkan sertifikat baru dari halaman sertifikat kelas.')
  if (old.enrolment.status === 'WITHDRAWN') throw new AppError('VALIDATION', 'Peserta sudah mengundurkan diri dari kelas ini.')
  const { programId, participant, cohort } = old.enrolment
  const design = await requireIssuerDesign(db, programId)
  return withNumberClash(() => db.$transaction(async (tx) => {
    await lockProgram(tx, programId)
    await revokeInTx(tx, actor, old.id, `Diterbitkan ulang: ${reason}`, now)
    const seq = await allocateSeq(tx, programId, 1)
    const created = await tx.certificate.create({
      data: {
        enrolmentId: old.enrolmentId, replacesId: old.id,
        number: certificateNumber(design, seq, { code: cohort.provinceCode, name: cohort.province.name }, now),
        verificationCode: newVerificationCode(), issuedAt: now, issuePlace: design.issuePlace, issuingOffice: design.issuingOffice,
        holderName: participant.name, holderInstitution: participant.institutionName, totalJp: cohort.sessions.reduce((n, s) => n + s.jp, 0),
        signatoryName: design.signatoryName, signatoryTitle: design.signatoryTitle,
      },
      select: { id: true, number: true },
    })
    await writeAuditLog(tx, actor, { action: 'reissue', entity: 'Certificate', entityId: created.id, before: { id: old.id, number: old.number }, after: { number: created.number, holderName: participant.name, reason } })
    return created
  }, { timeout: 30_000, maxWait: 30_000 }))
}
