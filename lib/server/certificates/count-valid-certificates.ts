import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { certificateWhere, cohortWhere } from '@/lib/server/scope/where'

/** The valid certificates of a cohort that the actor may read. */
export const countValidCertificates = (actor: Actor, cohortId: string) =>
  db.certificate.count({ where: { AND: [certificateWhere(actor), { revokedAt: null, enrolment: { cohortId } }] } })

export type CertificateBatch = { waveId: string; waveNumber: number; programName: string; provinceCode: string; provinceName: string; count: number }

/**
 * The valid certificates the actor may read, per wave and province (the batches a province's ZIP or
 * print file holds), of one wave or of every wave; batches without a certificate are left out.
 * Counted in the database per cohort (one valid certificate per enrolment, the partial unique index),
 * so a province's thousands of certificates are never loaded to be counted.
 */
export async function listCertificateBatches(actor: Actor, waveId?: string): Promise<CertificateBatch[]> {
  const valid = { certificates: { some: { AND: [certificateWhere(actor), { revokedAt: null }] } } }
  const cohorts = await db.cohort.findMany({
    where: { AND: [cohortWhere(actor), waveId ? { waveId } : {}, { enrolments: { some: valid } }] },
    select: {
      provinceCode: true, province: { select: { name: true } }, wave: { select: { id: true, number: true, program: { select: { name: true } } } },
      _count: { select: { enrolments: { where: valid } } },
    },
  })
  const batches = new Map<string, CertificateBatch>()
  for (const cohort of cohorts) {
    const key = `${cohort.wave.id}:${cohort.provinceCode}`
    const batch = batches.get(key) ?? { waveId: cohort.wave.id, waveNumber: cohort.wave.number, programName: cohort.wave.program.name, provinceCode: cohort.provinceCode, provinceName: cohort.province.name, count: 0 }
    batch.count += cohort._count.enrolments
    batches.set(key, batch)
  }
  return [...batches.values()].sort((a, b) => a.programName.localeCompare(b.programName) || a.waveNumber - b.waveNumber || a.provinceName.localeCompare(b.provinceName))
}
