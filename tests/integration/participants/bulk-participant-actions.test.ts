// Bulk actions of the participant list (issue 12 point 12, decision 037): withdraw, move, cards and
// export of the ticked participants or of all matching the filter, each all or nothing, within the
// actor's scope (another province's participants are not found), capped at MAX_BULK_PARTICIPANTS.
import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { issueSelectionCards } from '@/lib/server/participant-access/issue-selection-cards'
import { exportParticipantSelection } from '@/lib/server/participant-export/export-participant-selection'
import { moveSelectedEnrolments } from '@/lib/server/participants/bulk/move-selected-enrolments'
import { MAX_BULK_PARTICIPANTS } from '@/lib/server/participants/bulk/participant-selection'
import { withdrawSelectedEnrolments } from '@/lib/server/participants/bulk/withdraw-selected-enrolments'
import { testDb } from '../../support/database'
import { createCohort, createWave } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'
import { participantActors, participantRowCounts, registrationPlan, storedParticipant } from '../../support/participant-factories'

let admin: Actor, operator: Actor, otherOperator: Actor, pelatih: Actor, peserta: Actor
beforeAll(async () => {
  ;({ admin, operator, otherOperator, pelatih, peserta } = await participantActors())
})

/** A fresh program with a Jawa Barat and a Kalimantan Timur class and `count` Jawa Barat participants named after a unique tag. */
async function world(count = 3) {
  const plan = await registrationPlan()
  const tag = `Bulk${randomUUID().slice(0, 8)}`
  const jabar = []
  for (let i = 0; i < count; i++) jabar.push(await storedParticipant(plan.jabarCohortId, plan.programId, '32', { name: `${tag} Jabar ${i + 1}` }))
  const kaltim = await storedParticipant(plan.kaltimCohortId, plan.programId, '64', { name: `${tag} Kaltim` })
  return { plan, tag, jabar, kaltim, ids: jabar.map((p) => p.id) }
}

const statuses = async (ids: string[]) =>
  (await testDb().enrolment.findMany({ where: { participantId: { in: ids } }, select: { status: true, cohortId: true } }))

describe('withdrawSelectedEnrolments', () => {
  it('withdraws the ticked participants with one reason, audited per enrolment; the withdrawn are skipped next time', async () => {
    const w = await world()
    const result = await withdrawSelectedEnrolments(operator, { peserta: w.ids.slice(0, 2), reason: 'Tidak hadir pada pembukaan' })
    expect(result).toEqual({ changed: 2, skipped: 0 })
    expect((await statuses(w.ids.slice(0, 2))).every((e) => e.status === 'WITHDRAWN')).toBe(true)
    expect(await testDb().auditLog.count({ where: { action: 'withdraw', entity: 'Enrolment', entityId: { in: w.jabar.map((p) => p.enrolment.id) } } })).toBe(2)
    expect(await withdrawSelectedEnrolments(operator, { peserta: w.ids, reason: 'Tidak hadir pada pembukaan' })).toEqual({ changed: 1, skipped: 2 })
    await expectAppError(withdrawSelectedEnrolments(operator, { peserta: w.ids, reason: 'Sekali lagi semua' }), 'CONFLICT', /Tidak ada peserta terpilih yang berstatus Terdaftar/)
  })

  it('withdraws all matching the filter, evaluated under the actor\'s scope at action time', async () => {
    const w = await world()
    expect(await withdrawSelectedEnrolments(admin, { semua: '1', q: w.tag, kelas: w.plan.jabarCohortId, reason: 'Kelas dibatalkan daerah' })).toEqual({ changed: 3, skipped: 0 })
    // The Kalimantan Timur participant matches the search but not the Jawa Barat operator's scope.
    const v = await world(1)
    expect(await withdrawSelectedEnrolments(operator, { semua: '1', q: v.tag, reason: 'Kelas dibatalkan daerah' })).toEqual({ changed: 1, skipped: 0 })
    expect((await statuses([v.kaltim.id]))[0].status).toBe('REGISTERED')
  })

  it('requires a reason, refuses a malformed filter, another province\'s participant, and the other roles, changing nothing', async () => {
    const w = await world()
    const before = await participantRowCounts()
    const error = await expectAppError(withdrawSelectedEnrolments(operator, { peserta: w.ids, reason: ' ' }), 'VALIDATION')
    expect(error.fieldErrors).toMatchObject({ reason: ['Alasan pengunduran diri wajib diisi (minimal 5 karakter).'] })
    await expectAppError(withdrawSelectedEnrolments(operator, { semua: '1', kelas: 'bukan-id', reason: 'Alasan cukup panjang' }), 'VALIDATION')
    await expectAppError(withdrawSelectedEnrolments(operator, { peserta: [], reason: 'Alasan cukup panjang' }), 'VALIDATION', /Pilih peserta/)
    await expectAppError(withdrawSelectedEnrolments(operator, { peserta: [...w.ids, w.kaltim.id], reason: 'Alasan cukup panjang' }), 'NOT_FOUND', /1 peserta yang dipilih tidak ditemukan/)
    await expectAppError(withdrawSelectedEnrolments(otherOperator, { peserta: w.ids, reason: 'Alasan cukup panjang' }), 'NOT_FOUND')
    for (const actor of [pelatih, peserta]) await expectAppError(withdrawSelectedEnrolments(actor, { peserta: w.ids, reason: 'Alasan cukup panjang' }), 'FORBIDDEN')
    expect(await participantRowCounts()).toEqual(before)
    expect((await statuses(w.ids)).every((e) => e.status === 'REGISTERED')).toBe(true)
  })

  it('refuses more than the cap, for ticked ids and for all matching', async () => {
    const ids = Array.from({ length: MAX_BULK_PARTICIPANTS + 1 }, () => randomUUID())
    const error = await expectAppError(withdrawSelectedEnrolments(admin, { peserta: ids, reason: 'Alasan cukup panjang' }), 'VALIDATION')
    expect(error.fieldErrors?.peserta?.[0]).toMatch(/paling banyak 2\.000 peserta/)
    const total = await testDb().participant.count()
    if (total <= MAX_BULK_PARTICIPANTS) {
      const plan = await registrationPlan()
      const fillers = MAX_BULK_PARTICIPANTS + 1 - total
      const region = await testDb().village.findFirstOrThrow({ where: { district: { regency: { provinceCode: '32' } } }, select: { code: true, district: { select: { regencyCode: true } } } })
      await testDb().participant.createMany({
        data: Array.from({ length: fillers }, (_, i) => ({
          name: `Pengisi Batas ${i}`, nikCiphertext: `x${i}`, nikHash: `cap-${plan.programId}-${i}`, nikMasked: '3201********0001', sex: 'P' as const,
          phone: `+6285${String(7_000_000_00 + i)}`, institutionType: 'TBM' as const, institutionName: 'TBM Uji', villageCode: region.code,
          regencyCode: region.district.regencyCode, provinceCode: '32',
        })),
      })
    }
    await expectAppError(withdrawSelectedEnrolments(admin, { semua: '1', reason: 'Alasan cukup panjang' }), 'VALIDATION', /lebih dari batas 2\.000 peserta sekaligus\. Persempit filter/)
  })
})

describe('moveSelectedEnrolments', () => {
  it('moves the ticked participants to a class of the same program and province; audited like a move one by one', async () => {
    const w = await world()
    const second = await createCohort(w.plan.waveId, '32')
    expect(await moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: second.id })).toEqual({ changed: 3, skipped: 0 })
    expect((await statuses(w.ids)).every((e) => e.cohortId === second.id)).toBe(true)
    expect(await testDb().auditLog.count({ where: { action: 'move', entity: 'Enrolment', entityId: { in: w.jabar.map((p) => p.enrolment.id) } } })).toBe(3)
    // Already there: skipped; nobody left to move is a clear refusal.
    await expectAppError(moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: second.id }), 'CONFLICT', /sudah di/)
  })

  it('is all or nothing under the quota, naming the class that does not fit', async () => {
    const w = await world()
    const second = await createCohort(w.plan.waveId, '32')
    await testDb().cohort.update({ where: { id: second.id }, data: { quota: 2 } })
    const before = await participantRowCounts()
    await expectAppError(moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: second.id }), 'CONFLICT',
      /Kelas Jawa Barat hanya memiliki 2 tempat tersisa \(kuota 2 peserta\), sedangkan 3 peserta akan dipindahkan\. Tidak ada yang dipindahkan\./)
    expect((await statuses(w.ids)).every((e) => e.cohortId === w.plan.jabarCohortId)).toBe(true)
    expect(await participantRowCounts()).toEqual(before)
    // Across waves the province's wave quota counts too.
    const otherWave = await createWave(w.plan.programId)
    const later = await createCohort(otherWave.id, '32')
    await testDb().waveQuota.create({ data: { waveId: otherWave.id, provinceCode: '32', quota: 1 } })
    await expectAppError(moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: later.id }), 'CONFLICT', /Kuota provinsi untuk gelombang kelas tujuan tersisa 1 tempat, sedangkan 3 peserta/)
  })

  it('refuses a closed class, another province\'s participants or class, and the other roles', async () => {
    const w = await world()
    const closed = await createCohort(w.plan.waveId, '32')
    await testDb().cohort.update({ where: { id: closed.id }, data: { status: 'COMPLETED' } })
    let error = await expectAppError(moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: closed.id }), 'VALIDATION')
    expect(error.fieldErrors?.cohortId?.[0]).toMatch(/sudah selesai; pendaftaran ditutup/)
    error = await expectAppError(moveSelectedEnrolments(operator, { peserta: w.ids, cohortId: w.plan.kaltimCohortId }), 'VALIDATION')
    expect(error.fieldErrors).toEqual({ cohortId: ['Kelas tujuan tidak ditemukan.'] })
    error = await expectAppError(moveSelectedEnrolments(admin, { peserta: [...w.ids, w.kaltim.id], cohortId: (await createCohort(w.plan.waveId, '32')).id }), 'VALIDATION')
    expect(error.fieldErrors?.cohortId?.[0]).toMatch(new RegExp(`provinsi yang sama\\. Peserta dari provinsi lain: ${w.tag} Kaltim`))
    await expectAppError(moveSelectedEnrolments(operator, { peserta: [w.kaltim.id], cohortId: w.plan.jabarCohortId }), 'NOT_FOUND')
    for (const actor of [pelatih, peserta]) await expectAppError(moveSelectedEnrolments(actor, { peserta: w.ids, cohortId: w.plan.jabarCohortId }), 'FORBIDDEN')
    expect((await statuses(w.ids)).every((e) => e.cohortId === w.plan.jabarCohortId)).toBe(true)
  })
})

describe('issueSelectionCards', () => {
  it('issues cards for the ticked participants of the filtered class; needs the class filter; refuses other provinces and roles', async () => {
    const w = await world()
    const produce = async (issued: { cards: { participantId: string }[] }) => issued.cards.map((c) => c.participantId)
    await expectAppError(issueSelectionCards(operator, { peserta: w.ids }, produce), 'VALIDATION', /saring daftar menurut kelas/)
    expect((await issueSelectionCards(operator, { peserta: w.ids.slice(0, 2), kelas: w.plan.jabarCohortId }, produce)).sort()).toEqual(w.ids.slice(0, 2).sort())
    // All matching, with one withdrawn: only the active ones; replacing codes needs the confirmation.
    await withdrawSelectedEnrolments(operator, { peserta: [w.ids[2]], reason: 'Tidak hadir pada pembukaan' })
    await expectAppError(issueSelectionCards(operator, { semua: '1', q: w.tag, kelas: w.plan.jabarCohortId }, produce), 'CONFLICT', /Konfirmasi dulu/)
    expect(await issueSelectionCards(operator, { semua: '1', q: w.tag, kelas: w.plan.jabarCohortId, ganti: '1' }, produce)).toHaveLength(2)
    await expectAppError(issueSelectionCards(operator, { peserta: [w.ids[2]], kelas: w.plan.jabarCohortId }, produce), 'VALIDATION', /tidak \(lagi\) terdaftar aktif/)
    await expectAppError(issueSelectionCards(operator, { peserta: [w.kaltim.id], kelas: w.plan.jabarCohortId }, produce), 'NOT_FOUND')
    for (const actor of [pelatih, peserta]) await expectAppError(issueSelectionCards(actor, { peserta: w.ids, kelas: w.plan.jabarCohortId }, produce), 'FORBIDDEN')
  })
})

describe('exportParticipantSelection', () => {
  it('exports the selection with masked NIK, audited; refuses other provinces, NIK for an operator, and the other roles', async () => {
    const w = await world()
    const { body, rowCount } = await exportParticipantSelection(operator, { peserta: w.ids.slice(0, 2) })
    expect(rowCount).toBe(2)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    expect(sheet.getRow(2).getCell(2).text).toMatch(/^\d{4}\*{8}\d{4}$/)
    expect(await testDb().auditLog.findFirst({ where: { action: 'export', actorId: operator.userId }, orderBy: { at: 'desc' }, select: { after: true } }))
      .toMatchObject({ after: { selection: { participants: 2, allMatching: false }, rowCount: 2, withNik: false } })
    expect((await exportParticipantSelection(admin, { semua: '1', q: w.tag })).rowCount).toBe(4)
    await expectAppError(exportParticipantSelection(operator, { peserta: [w.kaltim.id] }), 'NOT_FOUND')
    await expectAppError(exportParticipantSelection(operator, { peserta: w.ids, withNik: '1' }), 'FORBIDDEN')
    for (const actor of [pelatih, peserta]) await expectAppError(exportParticipantSelection(actor, { peserta: w.ids }), 'FORBIDDEN')
  })
})

describe('hostile input to the selection routes\' domain functions', () => {
  it('ends in an AppError (never a database error) and changes nothing', async () => {
    const w = await world(1)
    const hostile: unknown[] = ['\u0000', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'x'.repeat(100_000), '\uD800', ['a', 'b'], 42, null, { a: 1 }, '1e308', '2024-02-30']
    const fields = ['peserta', 'semua', 'q', 'kelas', 'kabupaten', 'lembaga', 'status', 'ganti', 'withNik']
    const before = await participantRowCounts()
    const produce = async () => 'pdf'
    for (const field of fields) {
      for (const value of hostile) {
        const input = { peserta: w.ids, kelas: w.plan.jabarCohortId, [field]: value }
        for (const call of [() => issueSelectionCards(operator, input, produce), () => exportParticipantSelection(operator, input)]) {
          try {
            await call()
          } catch (e) {
            expect((e as { code?: string }).code, `${field}=${String(value).slice(0, 20)}: ${(e as Error).message}`).toMatch(/^(VALIDATION|NOT_FOUND|CONFLICT|FORBIDDEN)$/)
          }
        }
      }
    }
    // Only the exports' audit records (and codes for the one valid card run, if any) may have been added.
    const after = await participantRowCounts()
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 })
  }, 60_000)
})
