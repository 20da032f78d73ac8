// The world of the certificate benches: one program with a design (logo and signature images), one
// wave, a cohort of ZIP_SIZE participants in Jawa Barat (the only cohort of that province in the wave)
// and OTHER_COHORTS cohorts of 60 in the other provinces, every participant with a valid certificate,
// and an Admin Pusat who can sign in. Written straight into a scratch database before the app starts.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { hash } from '@node-rs/argon2'
import type { Database } from '../../lib/db/client'
import { formatCertificateNumber } from '../../lib/certificates/numbering'
import { newVerificationCode } from '../../lib/certificates/verification-code'
import { personName } from '../../prisma/seed/names'
import { createRandom } from '../../prisma/seed/random'

export const ZIP_SIZE = 300
export const ZIP_PROVINCE = '32'
export const PER_OTHER_COHORT = 60
export const PASSWORD = 'bench-sandi-2026'
export const ADMIN_EMAIL = 'bench.admin.sertifikat@contoh.id'
const NUMBER_PATTERN = '{seq}/SERT/BENCH-TPBIS/{province}/{month}/{year}'

export type CertificateWorld = {
  waveId: string
  /** The cohort of ZIP_SIZE certificates, alone in its province (ZIP_PROVINCE) in the wave. */
  cohortId: string
  /** A certificate of that cohort, for single downloads. */
  firstCertificateId: string
  /** Every certificate's verification code, in the world's order. */
  codes: string[]
}

export async function buildCertificateWorld({ prisma }: Database, { otherCohorts = 33, now = new Date() } = {}): Promise<CertificateWorld> {
  const provinces = (await prisma.province.findMany({ select: { code: true, regencies: { select: { code: true }, take: 1 } }, orderBy: { code: 'asc' } }))
  const others = provinces.filter((p) => p.code !== ZIP_PROVINCE)
  const program = await prisma.program.create({ data: { name: `Bench Sertifikat ${now.toISOString()}`, kind: 'SPP_TIK', year: now.getUTCFullYear() }, select: { id: true, name: true } })
  // A design as an office would upload it: the app's icons stand in for the logo (512 px PNG, 15 KB) and the signature (192 px PNG, 5 KB).
  await prisma.certificateDesign.create({ data: {
    programId: program.id, numberPattern: NUMBER_PATTERN, heading: 'SERTIFIKAT', accentColor: '#143d6b',
    bodyText: 'telah mengikuti Bimbingan Teknis Transformasi Perpustakaan Berbasis Inklusi Sosial',
    signatoryName: 'Drs. Muhammad Syarif Hidayat, M.M.', signatoryTitle: 'Kepala Perpustakaan Nasional Republik Indonesia',
    logo: readFileSync('public/icons/icon-512.png'), logoType: 'image/png', signature: readFileSync('public/icons/icon-192.png'), signatureType: 'image/png',
  } })
  const startDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 10))
  const endDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 6))
  const wave = await prisma.wave.create({ data: { programId: program.id, number: 1, startDate, endDate, mode: 'LURING' }, select: { id: true } })
  const issuedAt = new Date(endDate.getTime() + 26 * 3600_000)
  await prisma.user.create({ data: { name: 'Admin Bench Sertifikat', email: ADMIN_EMAIL, passwordHash: await hash(PASSWORD), role: 'ADMIN_PUSAT' } })

  const random = createRandom(11)
  const codes: string[] = []
  let seq = 0
  let cohortId = ''
  let firstCertificateId = ''
  const plan = [{ province: provinces.find((p) => p.code === ZIP_PROVINCE)!, size: ZIP_SIZE }, ...Array.from({ length: otherCohorts }, (_, i) => ({ province: others[i % others.length], size: PER_OTHER_COHORT }))]
  for (const [c, { province, size }] of plan.entries()) {
    const id = randomUUID()
    await prisma.cohort.create({ data: { id, waveId: wave.id, provinceCode: province.code, sequence: Math.floor(c / provinces.length) + 1, name: `Kelas Bench Sertifikat ${c}`, venue: 'Hotel Bench', city: 'Kota', startDate, endDate, quota: size, status: 'COMPLETED' } })
    const people = Array.from({ length: size }, (_, p) => {
      const n = seq + p
      const sex = random.chance(0.55) ? ('P' as const) : ('L' as const)
      return {
        id: randomUUID(), name: personName(random, sex), nikCiphertext: 'bench', nikHash: `bench-sertifikat-${n}`, nikMasked: '3204********0001', sex,
        phone: `+62814${String(n).padStart(8, '0')}`, institutionType: 'TBM' as const, institutionName: `TBM Bench ${n % 97}`, regencyCode: province.regencies[0].code, provinceCode: province.code,
      }
    })
    await prisma.participant.createMany({ data: people })
    const enrolments = people.map((p) => ({ id: randomUUID(), participantId: p.id, cohortId: id, programId: program.id, status: 'PASSED' as const }))
    await prisma.enrolment.createMany({ data: enrolments })
    const certificates = people.map((p, i) => ({
      id: randomUUID(), enrolmentId: enrolments[i].id, verificationCode: newVerificationCode(), issuedAt, holderName: p.name, holderInstitution: p.institutionName, totalJp: 32,
      number: formatCertificateNumber(NUMBER_PATTERN, { seq: ++seq, provinceCode: province.code, provinceName: '', month: issuedAt.getUTCMonth() + 1, year: issuedAt.getUTCFullYear() }),
      signatoryName: 'Drs. Muhammad Syarif Hidayat, M.M.', signatoryTitle: 'Kepala Perpustakaan Nasional Republik Indonesia',
    }))
    await prisma.certificate.createMany({ data: certificates })
    codes.push(...certificates.map((x) => x.verificationCode))
    if (c === 0) { cohortId = id; firstCertificateId = certificates[0].id }
  }
  await prisma.program.update({ where: { id: program.id }, data: { certificateSeq: seq } })
  return { waveId: wave.id, cohortId, firstCertificateId, codes }
}
