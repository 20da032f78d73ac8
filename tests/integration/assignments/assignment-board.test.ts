// The wave's assignment board: every role sees the cohorts and trainers of its own scope only.
import { beforeAll, describe, expect, it } from 'vitest'
import { getWaveAssignmentBoard } from '@/lib/server/assignments/get-wave-assignment-board'
import { testDb } from '../../support/database'
import { assignTrainer, createParticipant, createUser } from '../../support/factories'
import { createNamedTrainer, createWaveOfCohorts } from '../../support/assignment-factories'
import { expectAppError } from '../../support/scheduling-factories'

let waveId: string
let jabar: { id: string }, bali: { id: string }, cancelled: { id: string }
let lead: { id: string; name: string }, support: { id: string; name: string }, baliLead: { id: string; name: string }
let idle: { id: string; name: string }, retired: { id: string; name: string }

beforeAll(async () => {
  const dates = { start: '2024-05-20', end: '2024-05-23' }
  const round = await createWaveOfCohorts([{ provinceCode: '32', ...dates }, { provinceCode: '51', ...dates }, { provinceCode: '91', ...dates }])
  waveId = round.waveId
  ;[jabar, bali, cancelled] = round.cohorts
  ;[lead, support, baliLead, idle] = [await createNamedTrainer('32'), await createNamedTrainer('35'), await createNamedTrainer('51'), await createNamedTrainer('11')]
  retired = await createNamedTrainer('32', { active: false })
  await assignTrainer(lead.id, jabar.id, 'LEAD')
  await assignTrainer(support.id, jabar.id, 'SUPPORT')
  await assignTrainer(baliLead.id, bali.id, 'LEAD')
  await assignTrainer(idle.id, cancelled.id, 'SUPPORT')
  await testDb().cohort.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } })
})

const cards = (board: Awaited<ReturnType<typeof getWaveAssignmentBoard>>) =>
  board.wave.cohorts.map((c) => [c.id, c.status, c.assignments.map((a) => [a.role, a.trainer.id])])

describe('getWaveAssignmentBoard', () => {
  it('shows Admin Pusat every cohort with its trainers (LEAD first) and only active trainers to add', async () => {
    const admin = (await createUser('ADMIN_PUSAT')).actor
    const board = await getWaveAssignmentBoard(admin, waveId)
    expect(cards(board)).toEqual([
      [jabar.id, 'OPEN', [['LEAD', lead.id], ['SUPPORT', support.id]]],
      [bali.id, 'OPEN', [['LEAD', baliLead.id]]],
      [cancelled.id, 'CANCELLED', [['SUPPORT', idle.id]]],
    ])
    const options = new Map(board.trainerOptions.map((t) => [t.id, t]))
    expect(options.has(retired.id)).toBe(false)
    expect(options.get(lead.id)).toEqual({ id: lead.id, name: lead.name, provinceName: 'Jawa Barat', assignmentCount: 1 })
    expect(options.get(idle.id)).toMatchObject({ provinceName: 'Aceh', assignmentCount: 0 })
  })

  it('shows Operator Provinsi only their province, and Pelatih Ahli only their own cohorts', async () => {
    const operator = (await createUser('OPERATOR_PROVINSI', { provinceCode: '51' })).actor
    const board = await getWaveAssignmentBoard(operator, waveId)
    expect(cards(board)).toEqual([[bali.id, 'OPEN', [['LEAD', baliLead.id]]]])
    expect(board.trainerOptions.map((t) => t.id)).toEqual([baliLead.id])

    const pelatih = (await createUser('PELATIH_AHLI', { trainerId: support.id })).actor
    const own = await getWaveAssignmentBoard(pelatih, waveId)
    expect(cards(own)).toEqual([[jabar.id, 'OPEN', [['LEAD', lead.id], ['SUPPORT', support.id]]]])
    expect(own.trainerOptions.map((t) => t.id)).toEqual([support.id])
  })

  it('refuses Peserta and reports an unknown or malformed wave as not found', async () => {
    const peserta = (await createUser('PESERTA', { participantId: (await createParticipant('32')).id })).actor
    await expectAppError(getWaveAssignmentBoard(peserta, waveId), 'FORBIDDEN')
    const admin = (await createUser('ADMIN_PUSAT')).actor
    await expectAppError(getWaveAssignmentBoard(admin, '01900000-0000-7000-8000-000000000000'), 'NOT_FOUND', 'Gelombang tidak ditemukan.')
    await expectAppError(getWaveAssignmentBoard(admin, 'bukan-id'), 'NOT_FOUND')
  })
})
