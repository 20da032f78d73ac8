// A small world for the certificate routes: one program, cohorts in Jawa Barat (32) and Kalimantan
// Timur (64), valid and revoked certificates, and an actor of every kind.
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Actor } from '@/lib/auth/actor'
import { newVerificationCode } from '@/lib/certificates/verification-code'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram, createTrainer, createUser, createWave, enrol } from '../../support/factories'

/** What the mocked renderer returns: a one-page PDF naming the certificate, so tests can tell files apart. */
export async function smallPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([842, 595])
  page.drawText(text, { x: 40, y: 500, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) })
  return Buffer.from(await doc.save())
}

let serial = 0

async function certify(enrolmentId: string, holderName: string, options: { revokedAt?: Date; replacesId?: string } = {}) {
  serial += 1
  return testDb().certificate.create({
    data: {
      enrolmentId, number: `${String(serial).padStart(4, '0')}/SERT/UJI/${Date.now()}${serial}`, verificationCode: newVerificationCode(), issuedAt: new Date('2024-05-24T02:00:00Z'),
      holderName, holderInstitution: 'Perpustakaan Desa Uji', totalJp: 32, signatoryName: 'Dr. Penanda Tangan', signatoryTitle: 'Kepala',
      revokedAt: options.revokedAt ?? null, revokedReason: options.revokedAt ? 'Perbaikan penulisan nama' : null, replacesId: options.replacesId ?? null,
    },
    select: { id: true, number: true, verificationCode: true, holderName: true },
  })
}

export async function buildDownloadWorld() {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const [jabar, kaltim, empty] = await Promise.all([createCohort(wave.id, '32'), createCohort(wave.id, '64'), createCohort(wave.id, '32')])
  const people = await Promise.all([createParticipant('32'), createParticipant('32'), createParticipant('32'), createParticipant('64')])
  const enrolments = await Promise.all([
    enrol(people[0].id, jabar.id, program.id), enrol(people[1].id, jabar.id, program.id), enrol(people[2].id, jabar.id, program.id), enrol(people[3].id, kaltim.id, program.id),
  ])
  const siti = await certify(enrolments[0].id, 'Siti Nurhaliza')
  const revoked = await certify(enrolments[1].id, 'Budi Santoso', { revokedAt: new Date('2024-05-27T02:00:00Z') })
  const reissue = await certify(enrolments[1].id, 'Budi Santosa', { replacesId: revoked.id })
  const lone = await certify(enrolments[2].id, 'Ayu Lestari', { revokedAt: new Date('2024-05-27T02:00:00Z') })
  const kaltimCertificate = await certify(enrolments[3].id, 'Andi Pratama')
  const trainer = await createTrainer('32')
  await assignTrainer(trainer.id, jabar.id, 'LEAD')
  const [admin, operatorJabar, operatorKaltim, pelatih, pesertaSiti, pesertaKaltim] = await Promise.all([
    createUser('ADMIN_PUSAT'), createUser('OPERATOR_PROVINSI', { provinceCode: '32' }), createUser('OPERATOR_PROVINSI', { provinceCode: '64' }),
    createUser('PELATIH_AHLI', { trainerId: trainer.id }), createUser('PESERTA', { participantId: people[0].id }), createUser('PESERTA', { participantId: people[3].id }),
  ])
  const actors: Record<string, Actor> = {
    admin: admin.actor, operatorJabar: operatorJabar.actor, operatorKaltim: operatorKaltim.actor, pelatih: pelatih.actor,
    pesertaSiti: pesertaSiti.actor, pesertaKaltim: pesertaKaltim.actor,
  }
  return { program, wave, cohorts: { jabar: jabar.id, kaltim: kaltim.id, empty: empty.id }, certificates: { siti, revoked, reissue, lone, kaltim: kaltimCertificate }, actors }
}
export type DownloadWorld = Awaited<ReturnType<typeof buildDownloadWorld>>
