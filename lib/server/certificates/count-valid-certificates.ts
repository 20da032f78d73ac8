import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { certificateWhere } from '@/lib/server/scope/where'

/** The valid certificates of a cohort that the actor may read. */
export const countValidCertificates = (actor: Actor, cohortId: string) =>
  db.certificate.count({ where: { AND: [certificateWhere(actor), { revokedAt: null, enrolment: { cohortId } }] } })

export type CertificateBatch = { waveId: string; waveNumber: number; programName: string; provinceCode: string; provinceName: string; count: number }

/**
 * The valid certificates the actor may read, per wave and province (the batches a province's ZIP or
 * print file holds), of one wave or of every wave; batches without a certificate are left out.
 * One valid certificate per enrolment (the partial unique index), so counting enrolments counts them.
 */
export async function listCertificateBatches(actor: Actor, waveId?: string): Promise<CertificateBatch[]> {
  const certificates = await db.certificate.findMany({
    where: { AND: [certificateWhere(actor), { revokedAt: null }, waveId ? { enrolment: { cohort: { waveId } } } : {}] },
    select: { enrolment: { select: { cohort: { select: { provinceCode: true, province: { select: { name: true } }, wave: { select: { id: true, number: true, program: { select: { name: true } } } } } } } } },
  })
  const batches = new Map<string, CertificateBatch>()
  for (const { enrolment: { cohort } } of certificates) {
    const key = `${cohort.wave.id}:${cohort.provinceCode}`
    const batch = batches.get(key)
    if (batch) batch.count += 1
    else batches.set(key, { waveId: cohort.wave.id, waveNumber: cohort.wave.number, programName: cohort.wave.program.name, provinceCode: cohort.provinceCode, provinceName: cohort.province.name, count: 1 })
  }
  return [...batches.values()].sort((a, b) => a.programName.localeCompare(b.programName) || a.waveNumber - b.waveNumber || a.provinceName.localeCompare(b.provinceName))
}
