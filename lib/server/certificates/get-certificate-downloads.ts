import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import type { CertificateView } from '@/lib/certificates/certificate-view'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { formatNumber } from '@/lib/format/date-time'
import { fileSlug } from '@/lib/server/http/file-response'
import { requireAccess } from '@/lib/server/scope/access'
import { certificateWhere, cohortWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'
import { loadCertificateViews } from './load-certificate-views'

// What the download routes hand out (decision 030), always through certificateWhere: a participant
// their own, an operator their province's, Admin Pusat every one. Revoked certificates are never
// handed out as files; the verification page says what became of them.

/** One valid certificate with its design's images, or NOT_FOUND (out of scope, malformed id, revoked). */
export async function getCertificateForDownloadOrThrow(actor: Actor, certificateId: unknown): Promise<CertificateView> {
  const id = idOrNotFound(certificateId, 'Sertifikat tidak ditemukan.')
  const [view] = await loadCertificateViews({ AND: [certificateWhere(actor, 'read'), { id }] })
  if (!view) throw notFoundError('Sertifikat tidak ditemukan.')
  if (view.revokedAt) throw new AppError('CONFLICT', 'Sertifikat ini sudah dicabut dan tidak dapat diunduh.')
  return view
}

/**
 * The merged print file is built whole in memory before its first byte (~0.55 MiB of the server's
 * memory and ~33 ms a certificate, docs/performance.md): a whole wave of thousands could take the
 * server down. A province of a wave or a class stays well under this; the ZIP streams any size.
 */
export const MAX_PRINT_CERTIFICATES = 600

export type CertificateBatch = { label: string; views: CertificateView[] }
export type BatchFilter = { cohortId: unknown } | { waveId: unknown; provinceCode: string | null }

/**
 * The valid certificates of a cohort, or of a wave (optionally one province), for officers only: a
 * participant or a trainer is refused; another province's cohort is NOT_FOUND; a batch without any
 * valid certificate is NOT_FOUND too, with a message saying so. Views come without images; the one
 * design of the program is loaded once and shared, so memory does not grow with the batch.
 */
export async function getCertificateBatchOrThrow(actor: Actor, filter: BatchFilter, kind: 'zip' | 'print', { printLimit = MAX_PRINT_CERTIFICATES } = {}): Promise<CertificateBatch> {
  const access = requireAccess(actor, 'read', 'certificate')
  if (access !== 'any' && access !== 'province') throw forbiddenError('Unduhan sertifikat per kelas dan per provinsi hanya untuk petugas.')
  let label: string
  let where: Prisma.CertificateWhereInput
  if ('cohortId' in filter) {
    const cohortId = idOrNotFound(filter.cohortId, 'Kelas tidak ditemukan.')
    const cohort = await db.cohort.findFirst({ where: { AND: [cohortWhere(actor), { id: cohortId }] }, select: { name: true } })
    if (!cohort) throw notFoundError('Kelas tidak ditemukan.')
    label = fileSlug(cohort.name) || 'kelas'
    where = { enrolment: { cohortId } }
  } else {
    const waveId = idOrNotFound(filter.waveId, 'Gelombang tidak ditemukan.')
    if (filter.provinceCode !== null && !/^\d{2}$/.test(filter.provinceCode)) throw new AppError('VALIDATION', 'Kode provinsi terdiri dari 2 angka, misalnya 32.')
    const wave = await db.wave.findUnique({ where: { id: waveId }, select: { number: true, program: { select: { name: true } } } })
    if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
    label = `${fileSlug(wave.program.name)}-gelombang-${wave.number}${filter.provinceCode ? `-provinsi-${filter.provinceCode}` : ''}`
    where = { enrolment: { cohort: { waveId, ...(filter.provinceCode ? { provinceCode: filter.provinceCode } : {}) } } }
  }
  const views = await loadCertificateViews({ AND: [certificateWhere(actor, 'read'), where, { revokedAt: null }] }, { withImages: false })
  if (!views.length) throw notFoundError('Belum ada sertifikat yang berlaku untuk diunduh di sini.')
  if (kind === 'print' && views.length > printLimit) {
    throw new AppError('VALIDATION', `Berkas cetak memuat paling banyak ${formatNumber(printLimit)} sertifikat, di sini ada ${formatNumber(views.length)}. Unduh berkas cetak per provinsi atau per kelas, atau unduh ZIP.`)
  }
  await shareDesignImages(views)
  await db.$transaction((tx) => writeAuditLog(tx, actor, {
    action: kind === 'zip' ? 'download-zip' : 'download-print', entity: 'Certificate',
    after: { filter: 'cohortId' in filter ? { cohortId: filter.cohortId } : { waveId: filter.waveId, provinceCode: filter.provinceCode }, count: views.length },
  }))
  return { label, views }
}

/** One read of each program's images (by one of its certificates), the same objects for every view. */
async function shareDesignImages(views: CertificateView[]) {
  const firstOfProgram = new Map<string, CertificateView>()
  for (const v of views) if (!firstOfProgram.has(v.programName)) firstOfProgram.set(v.programName, v)
  for (const [programName, first] of firstOfProgram) {
    const [full] = await loadCertificateViews({ id: first.id })
    if (full) for (const v of views) if (v.programName === programName) v.design = full.design
  }
}
