// Authorization through the scoped `where` builders: every "cannot access" rule has a test here.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { getCohortOrThrow } from '@/lib/server/cohorts/get-cohort'
import { updateCohortVenue } from '@/lib/server/cohorts/update-cohort-venue'
import { getScopeCounts } from '@/lib/server/dashboard/get-scope-counts'
import { listCohortSummaries } from '@/lib/server/dashboard/list-cohort-summaries'
import { getParticipantOverview } from '@/lib/server/dashboard/get-participant-overview'
import { getTrainerSchedule } from '@/lib/server/dashboard/get-trainer-schedule'
import { getParticipantOrThrow } from '@/lib/server/participants/get-participant'
import { testDb } from '../../support/database'
import {
  assignTrainer, createCohort, createParticipant, createProgram, createSession, createTrainer, createUser, createWave, enrol, markAttendance,
} from '../../support/factories'

// Two provinces, one cohort each. A trainer teaches only in Jawa Barat; a participant is enrolled there.
let jabar: { cohortId: string; participantId: string }
let kaltim: { cohortId: string; participantId: string }
let admin: Actor, operatorJabar: Actor, operatorKaltim: Actor, trainer: Actor, participant: Actor, otherParticipant: Actor

beforeAll(async () => {
  const program = await createProgram()
  const wave = await createWave(program.id)
  const setUpProvince = async (provinceCode: string) => {
    const cohort = await createCohort(wave.id, provinceCode)
    const session = await createSession(cohort.id)
    const people = await Promise.all([createParticipant(provinceCode), createParticipant(provinceCode)])
    for (const p of people) {
      const enrolment = await enrol(p.id, cohort.id, program.id)
      await markAttendance(enrolment.id, session.id)
    }
    return { cohortId: cohort.id, participantId: people[0].id }
  }
  jabar = await setUpProvince('32')
  kaltim = await setUpProvince('64')
  const trainerRow = await createTrainer('32')
  await assignTrainer(trainerRow.id, jabar.cohortId, 'LEAD')
  admin = (await createUser('ADMIN_PUSAT')).actor
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  trainer = (await createUser('PELATIH_AHLI', { trainerId: trainerRow.id })).actor
  participant = (await createUser('PESERTA', { participantId: jabar.participantId })).actor
  otherParticipant = (await createUser('PESERTA', { participantId: kaltim.participantId })).actor
})

const venue = (cohortId: string) => ({ cohortId, venue: 'Hotel Baru', city: 'Kota Baru', contactPhone: '0812-1111-2222' })

describe('Admin Pusat', () => {
  it('reads every province', async () => {
    const counts = await getScopeCounts(admin)
    expect(counts.cohorts).toBe(2)
    expect(counts.activeEnrolments).toBe(4)
    expect((await listCohortSummaries(admin)).map((c) => c.provinceCode).sort()).toEqual(['32', '64'])
    await expect(getParticipantOrThrow(admin, kaltim.participantId)).resolves.toMatchObject({ provinceCode: '64' })
  })
})

describe('Operator Provinsi', () => {
  it('counts and lists only their own province', async () => {
    const counts = await getScopeCounts(operatorJabar)
    expect(counts).toMatchObject({ cohorts: 1, sessions: 1, participants: 2, activeEnrolments: 2, marks: 2, attendanceShare: 1 })
    expect((await listCohortSummaries(operatorJabar)).map((c) => c.provinceCode)).toEqual(['32'])
  })

  it('cannot read another province’s cohort or participant', async () => {
    await expect(getCohortOrThrow(operatorJabar, kaltim.cohortId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getParticipantOrThrow(operatorJabar, kaltim.participantId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getCohortOrThrow(operatorJabar, jabar.cohortId)).resolves.toMatchObject({ provinceCode: '32' })
  })

  it('edits the venue of their own province’s cohort, with an audit record', async () => {
    const updated = await updateCohortVenue(operatorJabar, venue(jabar.cohortId))
    expect(updated).toMatchObject({ venue: 'Hotel Baru', contactPhone: '+6281211112222' })
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entity: 'Cohort', entityId: jabar.cohortId }, orderBy: { id: 'desc' } })
    expect(audit).toMatchObject({ actorId: operatorJabar.userId, action: 'update', ip: '127.0.0.1' })
    expect(audit.before).toMatchObject({ venue: 'Hotel Uji' })
    expect(audit.after).toMatchObject({ venue: 'Hotel Baru' })
  })

  it('cannot change another province’s cohort, and nothing is written', async () => {
    const before = await testDb().cohort.findUniqueOrThrow({ where: { id: kaltim.cohortId }, select: { venue: true } })
    const audits = await testDb().auditLog.count()
    await expect(updateCohortVenue(operatorJabar, venue(kaltim.cohortId))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await testDb().cohort.findUniqueOrThrow({ where: { id: kaltim.cohortId }, select: { venue: true } })).toEqual(before)
    expect(await testDb().auditLog.count()).toBe(audits)
  })

  it('gets Indonesian field errors for bad input, and nothing changes', async () => {
    const error = await updateCohortVenue(operatorKaltim, { cohortId: kaltim.cohortId, venue: 'X', city: '' }).catch((e) => e)
    expect(error).toMatchObject({ code: 'VALIDATION' })
    expect(error.fieldErrors.venue[0]).toMatch(/minimal 3 karakter/)
    expect(error.fieldErrors.city[0]).toMatch(/wajib/)
  })
})

describe('Pelatih Ahli', () => {
  it('sees only the cohorts they are assigned to', async () => {
    expect((await listCohortSummaries(trainer)).map((c) => c.id)).toEqual([jabar.cohortId])
    const schedule = await getTrainerSchedule(trainer)
    expect(schedule.assignments.map((a) => a.cohort.id)).toEqual([jabar.cohortId])
    expect(schedule.sessions).toHaveLength(1)
    await expect(getCohortOrThrow(trainer, kaltim.cohortId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getParticipantOrThrow(trainer, kaltim.participantId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('may not edit a venue at all', async () => {
    await expect(updateCohortVenue(trainer, venue(jabar.cohortId))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('Peserta', () => {
  it('reads only their own records', async () => {
    const overview = await getParticipantOverview(participant)
    expect(overview.enrolments).toHaveLength(1)
    expect(overview.enrolments[0].marksByStatus).toEqual({ HADIR: 1 })
    expect((await getScopeCounts(participant)).marks).toBe(1)
    await expect(getParticipantOrThrow(participant, jabar.participantId)).resolves.toMatchObject({ id: jabar.participantId })
  })

  it('cannot read another participant, even in the same cohort', async () => {
    const classmate = await testDb().enrolment.findFirstOrThrow({
      where: { cohortId: jabar.cohortId, participantId: { not: jabar.participantId } }, select: { participantId: true },
    })
    await expect(getParticipantOrThrow(participant, classmate.participantId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getParticipantOrThrow(otherParticipant, jabar.participantId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getCohortOrThrow(otherParticipant, jabar.cohortId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('has no access to trainer or venue data', async () => {
    expect((await getScopeCounts(participant)).trainers).toBeNull()
    await expect(updateCohortVenue(participant, venue(jabar.cohortId))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('an actor whose session lost its link', () => {
  it('reaches nothing rather than everything', async () => {
    const orphanOperator = { ...operatorJabar, provinceCode: null }
    const orphanTrainer = { ...trainer, trainerId: null }
    const orphanParticipant = { ...participant, participantId: null }
    expect((await getScopeCounts(orphanOperator)).cohorts).toBe(0)
    expect((await getScopeCounts(orphanTrainer)).cohorts).toBe(0)
    expect((await getScopeCounts(orphanParticipant)).cohorts).toBe(0)
  })
})
