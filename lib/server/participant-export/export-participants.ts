import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { accessFor, hasPermission } from '@/lib/auth/permissions'
import { enrolmentStatusLabel, institutionTypeLabel } from '@/lib/i18n/id'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { decryptNik } from '@/lib/server/crypto/nik'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { cohortWhere, enrolmentWhere, participantWhere } from '@/lib/server/scope/where'
import { buildWorkbook, type ExportColumn } from './build-participant-workbook'

const exportInput = z.object({
  cohortId: z.guid('Kelas tidak valid.').optional(),
  waveId: z.guid('Gelombang tidak valid.').optional(),
  provinceCode: z.string().regex(/^\d{2}$/, 'Provinsi tidak valid.').optional(),
  withNik: z.enum(['1']).optional(),
})

const enrolmentSelect = {
  status: true, withdrawnReason: true,
  cohort: { select: { name: true, wave: { select: { number: true, program: { select: { name: true } } } } } },
  participant: {
    select: {
      name: true, nikMasked: true, nikCiphertext: true, sex: true, phone: true, email: true, institutionType: true, institutionName: true, npp: true,
      province: { select: { name: true } }, regency: { select: { name: true } }, village: { select: { name: true } },
    },
  },
} satisfies Prisma.EnrolmentSelect

type Row = Prisma.EnrolmentGetPayload<{ select: typeof enrolmentSelect }> & { nik: string }

const columns: ExportColumn<Row>[] = [
  { header: 'Nama', width: 28, value: (r) => r.participant.name, freeText: true },
  { header: 'NIK', width: 20, value: (r) => r.nik },
  { header: 'L/P', width: 5, value: (r) => r.participant.sex },
  { header: 'Nomor HP', width: 16, value: (r) => r.participant.phone },
  { header: 'E-mail', width: 24, value: (r) => r.participant.email, freeText: true },
  { header: 'Jenis lembaga', width: 26, value: (r) => institutionTypeLabel[r.participant.institutionType] },
  { header: 'Nama lembaga', width: 30, value: (r) => r.participant.institutionName, freeText: true },
  { header: 'NPP', width: 14, value: (r) => r.participant.npp, freeText: true },
  { header: 'Desa/Kelurahan', width: 20, value: (r) => r.participant.village?.name ?? null },
  { header: 'Kabupaten/Kota', width: 22, value: (r) => r.participant.regency.name },
  { header: 'Provinsi', width: 20, value: (r) => r.participant.province.name },
  { header: 'Program', width: 24, value: (r) => r.cohort.wave.program.name },
  { header: 'Gelombang', width: 10, value: (r) => r.cohort.wave.number },
  { header: 'Kelas', width: 24, value: (r) => r.cohort.name },
  { header: 'Status', width: 16, value: (r) => enrolmentStatusLabel[r.status] },
  { header: 'Alasan mundur', width: 24, value: (r) => r.withdrawnReason, freeText: true },
]

/**
 * The participants of a cohort, a wave or a province (within the actor's scope) as an Excel file,
 * one row per enrolment. NIK stays masked unless the actor holds export:participant-nik and asks
 * for it; every export is audited with its filter, size and whether full NIKs left the system.
 */
export async function exportParticipants(actor: Actor, raw: unknown): Promise<ParticipantExport> {
  const input = parseOrThrow(exportInput, raw)
  const withNik = input.withNik === '1'
  assertMayExportNik(actor, withNik)
  participantWhere(actor, 'export') // FORBIDDEN for a role that may not export, before any lookup
  // A cohort or province the actor cannot reach is refused, not answered with an empty file.
  if (input.provinceCode && accessFor(actor.role, 'export', 'participant') === 'province' && input.provinceCode !== actor.provinceCode) {
    throw forbiddenError('Anda hanya dapat mengekspor peserta provinsi Anda.')
  }
  if (input.cohortId && !(await db.cohort.findFirst({ where: { id: input.cohortId, ...cohortWhere(actor, 'read') }, select: { id: true } }))) {
    throw notFoundError('Kelas tidak ditemukan.')
  }
  const filters: Prisma.EnrolmentWhereInput[] = []
  if (input.cohortId) filters.push({ cohortId: input.cohortId })
  if (input.waveId) filters.push({ cohort: { waveId: input.waveId } })
  if (input.provinceCode) filters.push({ cohort: { provinceCode: input.provinceCode } })
  return writeParticipantExport(actor, filters, { filter: { cohortId: input.cohortId, waveId: input.waveId, provinceCode: input.provinceCode } }, withNik)
}

export type ParticipantExport = { fileName: string; body: Buffer; rowCount: number }

export function assertMayExportNik(actor: Actor, withNik: boolean) {
  if (withNik && !hasPermission(actor.role, 'export:participant-nik:any')) throw forbiddenError('Anda tidak berwenang mengekspor NIK lengkap.')
}

/**
 * The workbook of the enrolments matching `filters` within the actor's export scope, one row per
 * enrolment, audited with `auditDetails`, its size and whether full NIKs left the system. Shared by
 * the export of a cohort, wave or province and the export of a selection (export-participant-selection).
 */
export async function writeParticipantExport(actor: Actor, filters: Prisma.EnrolmentWhereInput[], auditDetails: Record<string, unknown>, withNik: boolean): Promise<ParticipantExport> {
  assertMayExportNik(actor, withNik)
  // Exporting is its own permission (export:participant:<access>), scoped like reading.
  const where = { AND: [enrolmentWhere(actor, 'read'), { participant: participantWhere(actor, 'export') }, ...filters] }
  const enrolments = await db.enrolment.findMany({
    where,
    orderBy: [{ cohort: { provinceCode: 'asc' } }, { cohort: { name: 'asc' } }, { participant: { name: 'asc' } }],
    select: enrolmentSelect,
  })
  const rows: Row[] = enrolments.map((e) => ({ ...e, nik: withNik ? decryptNik(e.participant.nikCiphertext) : e.participant.nikMasked }))
  const body = await buildWorkbook('Peserta', columns, rows)
  await db.$transaction((tx) => writeAuditLog(tx, actor, {
    action: withNik ? 'export-with-nik' : 'export', entity: 'Participant',
    after: { ...auditDetails, rowCount: rows.length, withNik },
  }))
  const stamp = new Date().toISOString().slice(0, 10)
  return { fileName: `peserta-bimtek-${stamp}.xlsx`, body, rowCount: rows.length }
}
