// The trainer's own schedule and the operator's cohort list: each reaches only its own rows.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { listCohortSummaries } from '@/lib/server/dashboard/list-cohort-summaries'
import { getTrainerAgenda } from '@/lib/server/schedule/get-trainer-agenda'
import { listCohortTrainers } from '@/lib/server/schedule/list-cohort-trainers'
import { assignTrainer, createCohort, createParticipant, createSession, createTrainer, createUser } from '../../support/factories'
import { createProgramOfYear, createWaveNumbered } from '../../support/scheduling-factories'

let trainer: Actor, coTrainer: Actor, operatorJabar: Actor, operatorKaltim: Actor, admin: Actor, participant: Actor
let jabar: { id: string }, jabarOld: { id: string }, kaltim: { id: string }
const sessionIds: Record<string, string[]> = {}

beforeAll(async () => {
  const program2024 = await createProgramOfYear(2024)
  const program2025 = await createProgramOfYear(2025)
  const wave = await createWaveNumbered(program2025.id, 1, '2025-05-19', '2025-05-23')
  const oldWave = await createWaveNumbered(program2024.id, 1)
  jabar = await createCohort(wave.id, '32', { start: '2025-05-20', end: '2025-05-23' })
  jabarOld = await createCohort(oldWave.id, '32')
  kaltim = await createCohort(wave.id, '64', { start: '2025-05-20', end: '2025-05-23' })
  // 02.00 UTC = 09.00 WIB in Jawa Barat, 10.00 WITA in Kalimantan Timur.
  sessionIds.jabar = [(await createSession(jabar.id, new Date('2025-05-21T02:00:00Z'))).id, (await createSession(jabar.id, new Date('2025-05-20T06:00:00Z'))).id]
  sessionIds.jabarOld = [(await createSession(jabarOld.id, new Date('2024-05-20T02:00:00Z'))).id]
  sessionIds.kaltim = [(await createSession(kaltim.id, new Date('2025-05-21T02:00:00Z'))).id]
  const trainerRow = await createTrainer('32')
  const coTrainerRow = await createTrainer('32')
  const kaltimTrainerRow = await createTrainer('64')
  await assignTrainer(trainerRow.id, jabar.id, 'LEAD')
  await assignTrainer(trainerRow.id, jabarOld.id, 'SUPPORT')
  await assignTrainer(coTrainerRow.id, jabar.id, 'SUPPORT')
  await assignTrainer(kaltimTrainerRow.id, kaltim.id, 'LEAD')
  trainer = (await createUser('PELATIH_AHLI', { trainerId: trainerRow.id })).actor
  coTrainer = (await createUser('PELATIH_AHLI', { trainerId: coTrainerRow.id })).actor
  operatorJabar = (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor
  operatorKaltim = (await createUser('OPERATOR_PROVINSI', { provinceCode: '64' })).actor
  admin = (await createUser('ADMIN_PUSAT')).actor
  participant = (await createUser('PESERTA', { participantId: (await createParticipant('32')).id })).actor
})

describe('trainer schedule', () => {
  it('holds only the trainer’s own assignments and the sessions of those cohorts, in time order, with the venue’s zone', async () => {
    const agenda = await getTrainerAgenda(trainer)
    expect(agenda.assignments.map((a) => [a.cohort.id, a.role])).toEqual([[jabarOld.id, 'SUPPORT'], [jabar.id, 'LEAD']])
    expect(agenda.sessions.map((s) => s.id)).toEqual([sessionIds.jabarOld[0], sessionIds.jabar[1], sessionIds.jabar[0]])
    expect(agenda.sessions.every((s) => s.timeZone === 'Asia/Jakarta' && s.timeZoneLabel === 'WIB')).toBe(true)
    expect(agenda.sessions.map((s) => s.id)).not.toContain(sessionIds.kaltim[0])
  })

  it('does not list a co-trainer’s assignment as the trainer’s own', async () => {
    const agenda = await getTrainerAgenda(coTrainer)
    expect(agenda.assignments.map((a) => a.cohort.id)).toEqual([jabar.id])
    expect(agenda.sessions.map((s) => s.id).sort()).toEqual([...sessionIds.jabar].sort())
  })

  it('is refused to every role but Pelatih Ahli', async () => {
    for (const actor of [admin, operatorJabar, participant]) {
      await expect(getTrainerAgenda(actor), actor.role).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('is empty for a trainer account without its trainer link', async () => {
    const unlinked = (await createUser('PELATIH_AHLI')).actor
    await expect(getTrainerAgenda(unlinked)).resolves.toEqual({ assignments: [], sessions: [] })
  })
})

describe('operator cohort list', () => {
  it('lists only the operator’s province, across programs, newest first', async () => {
    expect((await listCohortSummaries(operatorJabar, { take: 500 })).map((c) => c.id)).toEqual([jabar.id, jabarOld.id])
    expect((await listCohortSummaries(operatorKaltim, { take: 500 })).map((c) => c.id)).toEqual([kaltim.id])
  })

  it('shows the trainers of their own cohort, and none of another province’s', async () => {
    expect((await listCohortTrainers(operatorJabar, jabar.id)).map((a) => a.role)).toEqual(['LEAD', 'SUPPORT'])
    expect(await listCohortTrainers(operatorJabar, kaltim.id)).toEqual([])
    expect(await listCohortTrainers(operatorKaltim, jabar.id)).toEqual([])
  })

  it('refuses the cohort trainers to a participant', async () => {
    await expect(listCohortTrainers(participant, jabar.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
