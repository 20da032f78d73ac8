// Factories for the trainer tests: one actor per role (a Pelatih Ahli linked to their own trainer
// profile, and another trainer they must not reach), and the row counts a refused call must keep.
import { testDb } from './database'
import { createParticipant, createTrainer, createUser } from './factories'

export async function trainerActors() {
  const admin = (await createUser('ADMIN_PUSAT')).actor
  const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  const participant = await createParticipant('32')
  const peserta = (await createUser('PESERTA', { participantId: participant.id })).actor
  const ownTrainer = await createTrainer('33')
  const otherTrainer = await createTrainer('35')
  const pelatih = (await createUser('PELATIH_AHLI', { trainerId: ownTrainer.id })).actor
  return { admin, operator, peserta, pelatih, ownTrainerId: ownTrainer.id, otherTrainerId: otherTrainer.id }
}

/** Trainers, unavailable dates and audit records written by anyone so far. */
export async function trainerRowCounts() {
  const db = testDb()
  const [trainers, unavailability, audit] = await Promise.all([db.trainer.count(), db.trainerUnavailability.count(), db.auditLog.count()])
  return { trainers, unavailability, audit }
}

/** A trainer row as stored, for before/after comparisons. */
export const storedTrainer = (id: string) =>
  testDb().trainer.findUniqueOrThrow({
    where: { id },
    select: { name: true, email: true, phone: true, homeProvinceCode: true, institution: true, expertise: true, active: true },
  })
