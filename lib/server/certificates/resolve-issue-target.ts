import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { provinceOf, requireAccess } from '@/lib/server/scope/access'
import { enrolmentWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

// An issue's target (issue 11): one cohort, a province's cohorts of a wave, or a whole wave. Admin
// Pusat holds `issue:certificate:any`; Operator Provinsi may be given `issue:certificate:province`
// in the role map (off by default), which keeps the target to the operator's own province: a wave
// becomes the province's cohorts of it, another province is refused, another province's cohort is
// not found.

export type IssueTarget = { kind: 'cohort'; cohortId: string } | { kind: 'wave'; waveId: string; provinceCode: string | null }

export type ResolvedTarget = {
  target: IssueTarget
  program: { id: string; name: string; minAttendancePercent: number; postTestRequired: boolean; postTestPassMark: number }
  cohorts: { id: string; name: string; provinceCode: string; provinceName: string }[]
  /** The enrolments the actor may reach (passed to the row loader). */
  enrolmentScope: Prisma.EnrolmentWhereInput
}

const provinceCode = z.string().regex(/^\d{2}$/)

/** The target named by a form: `cohortId`, or `waveId` with an optional `provinceCode` ("" for the whole wave). */
export function parseIssueTarget(raw: Record<string, unknown>): IssueTarget {
  if (raw.cohortId !== undefined && raw.cohortId !== '') return { kind: 'cohort', cohortId: idOrNotFound(raw.cohortId, 'Kelas tidak ditemukan.') }
  if (raw.waveId === undefined || raw.waveId === '') throw new AppError('VALIDATION', 'Pilih kelas atau gelombang yang akan diterbitkan sertifikatnya.')
  const waveId = idOrNotFound(raw.waveId, 'Gelombang tidak ditemukan.')
  const province = raw.provinceCode === undefined || raw.provinceCode === '' ? null : provinceCode.safeParse(raw.provinceCode)
  if (province && !province.success) throw new AppError('VALIDATION', 'Provinsi tidak dikenal.', { provinceCode: ['Provinsi tidak dikenal.'] })
  return { kind: 'wave', waveId, provinceCode: province ? province.data : null }
}

const programSelect = { id: true, name: true, minAttendancePercent: true, postTestRequired: true, postTestPassMark: true } as const

export async function resolveIssueTarget(actor: Actor, target: IssueTarget): Promise<ResolvedTarget> {
  const access = requireAccess(actor, 'issue', 'certificate')
  if (access !== 'any' && access !== 'province') throw forbiddenError()
  const ownProvince = access === 'province' ? provinceOf(actor) : null
  if (ownProvince && target.kind === 'wave' && target.provinceCode && target.provinceCode !== ownProvince) {
    throw forbiddenError('Anda hanya dapat menerbitkan sertifikat untuk kelas di provinsi Anda.')
  }
  const province = ownProvince ?? (target.kind === 'wave' ? target.provinceCode : null)
  const where: Prisma.CohortWhereInput = {
    ...(target.kind === 'cohort' ? { id: target.cohortId } : { waveId: target.waveId }),
    ...(province ? { provinceCode: province } : {}),
  }
  const [cohorts, wave] = await Promise.all([
    db.cohort.findMany({
      where,
      orderBy: [{ provinceCode: 'asc' }, { sequence: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, provinceCode: true, province: { select: { name: true } }, wave: { select: { program: { select: programSelect } } } },
    }),
    target.kind === 'wave' ? db.wave.findUnique({ where: { id: target.waveId }, select: { program: { select: programSelect } } }) : null,
  ])
  if (target.kind === 'cohort' && !cohorts.length) throw notFoundError('Kelas tidak ditemukan.')
  if (target.kind === 'wave' && !wave) throw notFoundError('Gelombang tidak ditemukan.')
  const program = wave?.program ?? cohorts[0].wave.program
  return {
    target, program,
    cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, provinceCode: c.provinceCode, provinceName: c.province.name })),
    enrolmentScope: enrolmentWhere(actor, 'read'),
  }
}
