// Factories for the participant import tests: a cohort of Jawa Barat in its own program, the
// actors who may and may not import into it, and the row counts a refused call must keep.
import { normalizePhone } from '@/lib/phone'
import { protectNik } from '@/lib/server/crypto/nik'
import { testDb } from './database'
import { createCohort, createParticipant, createProgram, createTrainer, createUser, createWave } from './factories'

export async function importSetup(options: { quota?: number } = {}) {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const cohort = await createCohort(wave.id, '32')
  if (options.quota !== undefined) await testDb().cohort.update({ where: { id: cohort.id }, data: { quota: options.quota } })
  const otherCohort = await createCohort(wave.id, '33')
  const admin = (await createUser('ADMIN_PUSAT')).actor
  const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  const otherOperator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '33' })).actor
  const trainer = await createTrainer('32')
  const pelatih = (await createUser('PELATIH_AHLI', { trainerId: trainer.id })).actor
  const participant = await createParticipant('32')
  const peserta = (await createUser('PESERTA', { participantId: participant.id })).actor
  return { programId: program.id, waveId: wave.id, cohortId: cohort.id, otherCohortId: otherCohort.id, admin, operator, otherOperator, pelatih, peserta }
}

/** Participants, enrolments, audit records and import batches written by anyone so far. */
export async function importRowCounts() {
  const db = testDb()
  const [participants, enrolments, audit, batches] = await Promise.all([db.participant.count(), db.enrolment.count(), db.auditLog.count(), db.importBatch.count()])
  return { participants, enrolments, audit, batches }
}

/** A stored participant of Kabupaten Bandung with a known NIK, as the file would describe them. */
export async function storeParticipant(nik: string, phone: string, overrides: { name?: string; institutionName?: string; provinceCode?: string; regencyCode?: string } = {}) {
  return testDb().participant.create({
    data: {
      name: overrides.name ?? 'Siti Aminah', ...protectNik(nik), sex: 'P', birthDate: new Date('1990-05-12'), phone: toE164(phone),
      institutionType: 'PERPUSTAKAAN_DESA', institutionName: overrides.institutionName ?? 'Perpustakaan Desa Cinunuk',
      villageCode: overrides.provinceCode ? null : '32.04.05.2004', regencyCode: overrides.regencyCode ?? '32.04', provinceCode: overrides.provinceCode ?? '32',
    },
    select: { id: true },
  })
}

const toE164 = (phone: string) => {
  const normalized = normalizePhone(phone)
  if (!normalized.ok) throw new Error(`test phone ${phone}: ${normalized.message}`)
  return normalized.phone
}
