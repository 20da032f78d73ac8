// Property: no input of any server action reaches the database as a 500. For every action in
// lib/actions/ (read from the folder, so a new action without an entry here fails), the domain
// function it calls is fed adversarial inputs — control characters, NUL, lone surrogates, direction
// overrides, huge strings, impossible and extreme dates, numbers as strings, wrong types, missing
// and extra fields, malformed ids — mixed into an otherwise valid input, as an actor the action is
// meant for, against the real test database. Every call either succeeds or throws an AppError
// (an Indonesian refusal); a Prisma or PostgreSQL error fails the test with the input that caused it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { checkIn } from '@/lib/server/attendance/check-in'
import { AppError } from '@/lib/server/errors'
import { issueCertificates } from '@/lib/server/certificates/issue-certificates'
import { reissueCertificate } from '@/lib/server/certificates/reissue-certificate'
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate'
import { applyWaveProposal } from '@/lib/server/assignments/apply-wave-proposal'
import { createAssignment } from '@/lib/server/assignments/create-assignment'
import { deleteAssignment } from '@/lib/server/assignments/delete-assignment'
import { updateCohortVenue } from '@/lib/server/cohorts/update-cohort-venue'
import { issueAccessCode } from '@/lib/server/participant-access/issue-access-code'
import { enrolParticipant } from '@/lib/server/participants/enrol-participant'
import { cancelParticipantImport } from '@/lib/server/participants/import/cancel-participant-import'
import { confirmParticipantImport } from '@/lib/server/participants/import/confirm-participant-import'
import { listParticipantVillageOptions } from '@/lib/server/participants/list-participant-village-options'
import { moveEnrolment } from '@/lib/server/participants/move-enrolment'
import { registerParticipant } from '@/lib/server/participants/register-participant'
import { updateParticipant } from '@/lib/server/participants/update-participant'
import { updateWaveQuotas } from '@/lib/server/participants/update-wave-quotas'
import { updateCohortQuota } from '@/lib/server/participants/update-cohort-quota'
import { moveParticipantImport } from '@/lib/server/participants/import/move-participant-import'
import { withdrawEnrolment } from '@/lib/server/participants/withdraw-enrolment'
import { moveSelectedEnrolments } from '@/lib/server/participants/bulk/move-selected-enrolments'
import { withdrawSelectedEnrolments } from '@/lib/server/participants/bulk/withdraw-selected-enrolments'
import { addModule } from '@/lib/server/programs/add-module'
import { createProgram } from '@/lib/server/programs/create-program'
import { deleteModule } from '@/lib/server/programs/delete-module'
import { moveModule } from '@/lib/server/programs/move-module'
import { updateModule } from '@/lib/server/programs/update-module'
import { updateProgram } from '@/lib/server/programs/update-program'
import { createSession } from '@/lib/server/sessions/create-session'
import { deleteSession } from '@/lib/server/sessions/delete-session'
import { regenerateCohortAgenda } from '@/lib/server/sessions/regenerate-cohort-agenda'
import { updateSession } from '@/lib/server/sessions/update-session'
import { updateSchedulingSettings } from '@/lib/server/settings/scheduling-settings'
import { createTrainer } from '@/lib/server/trainers/create-trainer'
import { createTrainerUnavailability } from '@/lib/server/trainers/create-trainer-unavailability'
import { deleteTrainerUnavailability } from '@/lib/server/trainers/delete-trainer-unavailability'
import { commitTrainerImport } from '@/lib/server/trainers/import/commit-trainer-import'
import { updateTrainer } from '@/lib/server/trainers/update-trainer'
import { rotateCalendarFeed } from '@/lib/server/calendar/rotate-calendar-feed'
import { updateCertificateDesign } from '@/lib/server/certificates/update-certificate-design'
import { correctAttendanceMark } from '@/lib/server/attendance/correct-attendance-mark'
import { saveCohortScores } from '@/lib/server/assessments/save-cohort-scores'
import { cancelAttendanceReport } from '@/lib/server/attendance/meeting-report/cancel-attendance-report'
import { confirmAttendanceReport } from '@/lib/server/attendance/meeting-report/confirm-attendance-report'
import { linkAttendanceName } from '@/lib/server/attendance/meeting-report/link-attendance-name'
import { createOnlineSession, storeReportPreview } from '../../support/meeting-report-factories'
import { updateAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { cloneWave } from '@/lib/server/waves/clone-wave'
import { createWaveWithCohorts } from '@/lib/server/waves/create-wave-with-cohorts'
import { updateCohortDetails } from '@/lib/server/waves/update-cohort-details'
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createProgram as storeProgram, createSession as storeSession, createTrainer as storeTrainer, createUser, createWave, enrol } from '../../support/factories'

const SEED = 20_261_104
const RUNS = 25

function asFormData(input: Record<string, unknown>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(input)) if (value !== null && value !== undefined) data.set(key, String(value))
  return data
}

type Who = 'admin' | 'operator' | 'pelatih' | 'peserta'
type Rows = Awaited<ReturnType<typeof createRows>>
type Entry = { as: Who; call: (actor: Actor, input: Record<string, unknown>) => Promise<unknown>; valid: (rows: Rows) => Record<string, unknown> }

// Values a hostile or careless client can send in place of any field.
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000', 'Siti\u0000Aminah', 'Siti\u202EAminah', '\u2066Budi\u2069', '\uD800', 'a\uDFFFb', '\u001B[31mmerah', '\u007F', 'a\u0085b', '\r\n\t', '', ' ',
    '0000-01-01', '9999-12-31', '+275760-09-13', '-000001-01-01', '2024-02-30', '2024-13-01', '1900-01-01T00:00:00Z',
    '1e308', '-1', '-0', 'NaN', 'Infinity', '0x10', '2147483648', '99999999999999999999', '1.5', ' 7 ',
    'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', "'; drop table participant; --",
    '{"a":1}', '[{"provinceCode":"\\u0000"}]', '[]', 'null', 'true', 'on', '25:99', '08:00\u0000',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 250, maxLength: 600 }),
  fc.constant('x'.repeat(200_000)),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 8 }), { maxKeys: 2 }),
  fc.date({ noInvalidDate: false }),
)

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The same value made hostile: what a paste, a crafted request or a stuck key does to a valid field. */
function spoiled(value: unknown): unknown[] {
  if (typeof value !== 'string') return [String(value), '', null]
  return [
    `${value}\u0000`, `\u202E${value}`, `${value}\uD800`, `\u0007${value}`, `${value}\u2069`, `${value}${'x'.repeat(100_000)}`, ` ${value}\t`,
    ...(ISO_DATE.test(value) ? ['0000-01-01', '9999-12-31', '0001-01-01', '+275760-09-13'] : []),
  ]
}

/**
 * A valid input with one or two fields spoiled or replaced by a hostile value, and sometimes an
 * extra field: the rest stays valid, so the hostile value gets as far into the use case as it can.
 */
const inputs = (valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> => {
  const keys = Object.keys(valid)
  return fc.tuple(
    fc.subarray(keys, { minLength: 1, maxLength: Math.min(2, keys.length) }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 12 }), hostile, { maxKeys: 1 }),
  ).chain(([chosen, extra]) => fc.record(Object.fromEntries(chosen.map((k) => [
    k, fc.oneof({ arbitrary: fc.constantFrom(...spoiled(valid[k])), weight: 2 }, { arbitrary: hostile, weight: 1 }),
  ]))).map((changed) => ({ ...extra, ...valid, ...changed })))
}

/** Every field spoiled in every way, one at a time: the cases the random runs must never miss. */
const everySpoiledField = (valid: Record<string, unknown>): [Record<string, unknown>][] =>
  Object.entries(valid).flatMap(([k, v]) => spoiled(v).map((bad) => [{ ...valid, [k]: bad }] as [Record<string, unknown>]))

const session = () => ({
  title: 'Sesi Uji', kind: 'MODULE', moduleId: '', jp: '1', date: '2024-05-21', startTime: '13:00', endTime: '13:45', mode: 'DARING', meetingUrl: 'https://zoom.us/j/1',
})
const program = { kind: 'SPP_TIK', year: '2025', minAttendancePercent: '80', postTestRequired: 'on', postTestPassMark: '70' }
const participant = (rows: Rows) => ({
  name: 'Siti Aminah', phone: '0812 7000 1234', email: 'siti@contoh.id', institutionType: 'PERPUSTAKAAN_DESA', institutionName: 'Perpustakaan Desa Uji',
  npp: '3204-001', regencyCode: rows.regencyCode, villageCode: rows.villageCode,
})
const trainer = { name: 'Rina Marlina', email: 'rina.uji@contoh.id', phone: '0813 2222 3333', homeProvinceCode: '32', institution: 'Dinas Uji', expertise: 'Advokasi, Literasi', active: 'true' }

// One entry per file of lib/actions/ that is a server action: the domain function it calls, as whom.
const ENTRIES: Record<string, Entry> = {
  'add-module': { as: 'admin', call: addModule, valid: (r) => ({ programId: r.programId, title: 'Modul Uji', jp: '2' }) },
  'apply-wave-proposal': { as: 'admin', call: applyWaveProposal, valid: (r) => ({ waveId: r.waveId, token: 'bukan-token' }) },
  'cancel-participant-import': { as: 'operator', call: (a, i) => cancelParticipantImport(a, { batchId: i.batchId }), valid: (r) => ({ batchId: r.cohortId }) },
  'cancel-attendance-report': { as: 'operator', call: cancelAttendanceReport, valid: (r) => ({ sessionId: r.onlineSessionId, reportId: r.reportId }) },
  'confirm-attendance-report': { as: 'operator', call: confirmAttendanceReport, valid: (r) => ({ sessionId: r.onlineSessionId, reportId: r.reportId }) },
  'link-attendance-name': { as: 'operator', call: linkAttendanceName, valid: (r) => ({ sessionId: r.onlineSessionId, reportId: r.reportId, nameKey: 'galaxy', enrolmentId: r.enrolmentId }) },
  // A session of 2024: past the window, so a valid code gets as far as the window check (and the rate limit).
  'check-in-with-code': { as: 'peserta', call: (a, i) => checkIn(a, { sessionId: i.sessionId, kode: i.kode }), valid: (r) => ({ sessionId: r.sessionId, kode: '7KXM3P' }) },
  'clone-wave': { as: 'admin', call: cloneWave, valid: (r) => ({ waveId: r.waveId, number: '77', startDate: '2025-03-03' }) },
  'confirm-participant-import': {
    as: 'operator', call: (a, i) => confirmParticipantImport(a, { batchId: i.batchId, skipInvalid: i.skipInvalid === 'on', fitToQuota: i.fitToQuota === 'on' }),
    valid: (r) => ({ batchId: r.cohortId, skipInvalid: 'on', fitToQuota: 'on' }),
  },
  'confirm-trainer-import': { as: 'admin', call: commitTrainerImport, valid: () => ({ token: 'bukan-token' }) },
  'correct-attendance-mark': { as: 'operator', call: correctAttendanceMark, valid: (r) => ({ sessionId: r.sessionId, enrolmentId: r.enrolmentId, status: 'IZIN', note: 'Rapat desa', reason: 'Surat izin diterima' }) },
  'create-assignment': { as: 'admin', call: createAssignment, valid: (r) => ({ cohortId: r.cohortId, trainerId: r.trainerId, role: 'SUPPORT' }) },
  'create-program': { as: 'admin', call: createProgram, valid: () => ({ name: 'Program Uji Properti', ...program }) },
  'create-session': { as: 'admin', call: createSession, valid: (r) => ({ cohortId: r.cohortId, ...session() }) },
  'create-trainer-unavailability': { as: 'pelatih', call: createTrainerUnavailability, valid: () => ({ startDate: '2026-01-05', endDate: '2026-01-06', reason: 'Cuti' }) },
  'create-trainer': { as: 'admin', call: createTrainer, valid: () => trainer },
  'create-wave-with-cohorts': {
    as: 'admin', call: createWaveWithCohorts,
    valid: (r) => ({ programId: r.programId, number: '88', startDate: '2025-06-02', endDate: '2025-06-06', mode: 'LURING', quota: '30', status: 'DRAFT', cohorts: JSON.stringify([{ provinceCode: '32', venue: 'Hotel Uji', city: 'Bandung' }]) }),
  },
  'delete-assignment': { as: 'admin', call: deleteAssignment, valid: (r) => ({ assignmentId: r.assignmentId }) },
  'delete-module': { as: 'admin', call: deleteModule, valid: (r) => ({ moduleId: r.spareModuleId }) },
  'delete-session': { as: 'admin', call: deleteSession, valid: (r) => ({ sessionId: r.spareSessionId }) },
  'delete-trainer-unavailability': { as: 'pelatih', call: deleteTrainerUnavailability, valid: (r) => ({ id: r.unavailabilityId }) },
  'enrol-participant': { as: 'operator', call: enrolParticipant, valid: (r) => ({ participantId: r.participantId, cohortId: r.otherCohortId }) },
  'issue-access-code': { as: 'operator', call: (a, i) => issueAccessCode(a, { participantId: i.participantId, ganti: i.ganti }), valid: (r) => ({ participantId: r.participantId, ganti: '1' }) },
  'list-participant-village-options': { as: 'operator', call: (a, i) => listParticipantVillageOptions(a, i.regencyCode), valid: (r) => ({ regencyCode: r.regencyCode }) },
  'move-enrolment': { as: 'operator', call: moveEnrolment, valid: (r) => ({ enrolmentId: r.enrolmentId, cohortId: r.otherCohortId }) },
  'move-participant-import': { as: 'operator', call: moveParticipantImport, valid: (r) => ({ batchId: r.cohortId, cohortId: r.otherCohortId }) },
  'move-module': { as: 'admin', call: moveModule, valid: (r) => ({ moduleId: r.moduleId, direction: 'down' }) },
  // Reads no input: whatever a form posts is ignored (one field stands in for it).
  'rotate-calendar-feed': { as: 'pelatih', call: (a) => rotateCalendarFeed(a), valid: () => ({ ignored: 'x' }) },
  'regenerate-cohort-agenda': { as: 'admin', call: regenerateCohortAgenda, valid: (r) => ({ cohortId: r.otherCohortId, confirm: 'on' }) },
  'register-participant': { as: 'operator', call: registerParticipant, valid: (r) => ({ ...participant(r), nik: r.freeNik, cohortId: r.cohortId }) },
  // Posted as a form (its images are files): a form carries strings only, so every value arrives as one.
  'update-certificate-design': {
    as: 'admin', call: (a, i) => updateCertificateDesign(a, asFormData(i)),
    valid: (r) => ({ programId: r.programId, numberPattern: '{seq}/SERT/UJI/{province}/{month}/{year}', heading: 'SERTIFIKAT', bodyText: 'telah mengikuti', accentColor: '#1e3a8a', issuePlace: 'Jakarta', issuingOffice: 'Perpustakaan Nasional', signatoryName: 'Pejabat Uji', signatoryTitle: 'Kepala', logoRemove: 'on' }),
  },
  'update-attendance-settings': { as: 'admin', call: updateAttendanceSettings, valid: () => ({ lockDays: '3', lateGraceMinutes: '15', checkInOpensMinutes: '30', onlinePresentPercent: '75' }) },
  'update-cohort-details': {
    as: 'admin', call: updateCohortDetails,
    valid: (r) => ({ cohortId: r.cohortId, startDate: '2024-05-19', endDate: '2024-05-23', quota: '60', status: 'OPEN', shiftAgenda: '' }),
  },
  'update-cohort-quota': { as: 'admin', call: updateCohortQuota, valid: (r) => ({ cohortId: r.cohortId, quota: '60', provinceQuota: '' }) },
  'update-cohort-venue': {
    as: 'operator', call: updateCohortVenue,
    valid: (r) => ({ cohortId: r.cohortId, venue: 'Hotel Uji', venueAddress: 'Jl. Uji 1', city: 'Bandung', contactName: 'Bu Ani', contactPhone: '0812 1111 2222' }),
  },
  'update-module': { as: 'admin', call: updateModule, valid: (r) => ({ moduleId: r.moduleId, title: 'Modul Diubah', jp: '3' }) },
  'update-participant': { as: 'operator', call: updateParticipant, valid: (r) => ({ participantId: r.participantId, ...participant(r), phone: r.participantPhone, nik: '' }) },
  'update-program': { as: 'admin', call: updateProgram, valid: (r) => ({ programId: r.programId, name: 'Program Uji Diubah', ...program }) },
  'update-scheduling-settings': {
    as: 'admin', call: updateSchedulingSettings,
    valid: () => ({ startTime: '08:00', slotsPerDay: '8', firstDaySlot: '1', trainersPerCohort: '2', travelGapDays: '1', breakAfter0: '4', breakMinutes0: '60' }),
  },
  'update-session': { as: 'admin', call: updateSession, valid: (r) => ({ sessionId: r.sessionId, ...session() }) },
  'update-trainer': { as: 'pelatih', call: updateTrainer, valid: (r) => ({ trainerId: r.trainerId, ...trainer, email: r.trainerEmail }) },
  'update-wave-quotas': { as: 'admin', call: updateWaveQuotas, valid: (r) => ({ waveId: r.waveId, 'quota.32': '50', 'quota.64': '' }) },
  'issue-certificates': { as: 'admin', call: issueCertificates, valid: (r) => ({ cohortId: r.cohortId, waveId: '', provinceCode: '' }) },
  'revoke-certificate': { as: 'admin', call: revokeCertificate, valid: (r) => ({ certificateId: r.certificateId, reason: 'Data peserta keliru' }) },
  'reissue-certificate': { as: 'admin', call: reissueCertificate, valid: (r) => ({ certificateId: r.certificateId, reason: 'Koreksi nama peserta' }) },
  // The trainer assigned to the cohort; field names carry the enrolment id (a hostile extra field may name another).
  'save-cohort-scores': {
    as: 'pelatih', call: saveCohortScores,
    valid: (r) => ({ cohortId: r.cohortId, [`pre.${r.enrolmentId}`]: '70', [`post.${r.enrolmentId}`]: '87,5', [`was.post.${r.enrolmentId}`]: '' }),
  },
  'withdraw-enrolment': { as: 'operator', call: withdrawEnrolment, valid: (r) => ({ enrolmentId: r.otherEnrolmentId, reason: 'Sakit berkepanjangan' }) },
  // Bulk actions of the participant list: ticked ids (a hostile value may be an array) and the list's filter.
  'withdraw-selected-enrolments': {
    as: 'operator', call: withdrawSelectedEnrolments, valid: (r) => ({ peserta: r.bulkParticipantId, kelas: r.cohortId, q: 'Peserta', status: 'REGISTERED', reason: 'Sakit berkepanjangan' }),
  },
  'move-selected-enrolments': {
    as: 'operator', call: moveSelectedEnrolments, valid: (r) => ({ peserta: r.bulkParticipantId, kabupaten: r.regencyCode, lembaga: 'TBM', cohortId: r.otherCohortId }),
  },
}

/** The rows the valid inputs name: a program with modules, a wave with two Jawa Barat cohorts and their sessions, a trainer, participants. */
async function createRows() {
  const db = testDb()
  const { id: programId } = await storeProgram()
  const [moduleId, , spareModuleId] = await Promise.all([1, 2, 3].map(async (order) =>
    (await db.module.create({ data: { programId, title: `Modul ${order}`, jp: 2, order }, select: { id: true } })).id))
  const { id: waveId } = await createWave(programId)
  const { id: cohortId } = await createCohort(waveId, '32')
  const { id: otherCohortId } = await createCohort(waveId, '32')
  const [{ id: sessionId }, { id: spareSessionId }] = [await storeSession(cohortId), await storeSession(cohortId, new Date('2024-05-21T01:00:00Z'))]
  const { id: trainerId } = await storeTrainer('32')
  const trainerEmail = (await db.trainer.findUniqueOrThrow({ where: { id: trainerId }, select: { email: true } })).email
  const { id: assignmentId } = await assignTrainer(trainerId, cohortId)
  const { id: unavailabilityId } = await db.trainerUnavailability.create({ data: { trainerId, startDate: new Date('2026-02-02'), endDate: new Date('2026-02-03') }, select: { id: true } })
  const p = await createParticipant('32')
  const other = await createParticipant('32')
  const { id: enrolmentId } = await enrol(p.id, cohortId, programId)
  const { id: otherEnrolmentId } = await enrol(other.id, cohortId, programId)
  const bulk = await createParticipant('32')
  await enrol(bulk.id, cohortId, programId)
  const home = await db.participant.findUniqueOrThrow({ where: { id: p.id }, select: { regencyCode: true, villageCode: true } })
  const freeNik = `${home.villageCode!.slice(0, 8).replaceAll('.', '')}120590${String(Date.now() % 10_000).padStart(4, '0')}`
  const { id: onlineSessionId } = await createOnlineSession(cohortId)
  await db.certificateDesign.create({ data: { programId, numberPattern: '{seq}/SERT/PROPERTI/{province}/{month}/{year}', signatoryName: 'Dr. Properti' } })
  const { id: certificateId } = await db.certificate.create({
    data: { enrolmentId, number: 'PROPERTI/0001', verificationCode: 'PRPRT0000001', issuedAt: new Date(), signatoryName: 'Dr. Properti', signatoryTitle: 'Kepala', holderName: 'Peserta' },
    select: { id: true },
  })
  const { reportId } = await storeReportPreview((await createUser('ADMIN_PUSAT')).actor, onlineSessionId, [{ name: 'Galaxy A12', from: 0, to: 120 }])
  return {
    programId, moduleId, spareModuleId, waveId, cohortId, otherCohortId, sessionId, spareSessionId, trainerId, trainerEmail: trainerEmail!,
    assignmentId, unavailabilityId, participantId: p.id, participantPhone: p.phone, enrolmentId, otherEnrolmentId, bulkParticipantId: bulk.id,
    regencyCode: home.regencyCode, villageCode: home.villageCode, freeNik, onlineSessionId, reportId, certificateId,
  }
}

let rows: Rows
let actors: Record<Who, Actor>
beforeAll(async () => {
  rows = await createRows()
  actors = {
    admin: (await createUser('ADMIN_PUSAT')).actor,
    operator: (await createUser('OPERATOR_PROVINSI', { provinceCode: '32' })).actor,
    pelatih: (await createUser('PELATIH_AHLI', { trainerId: rows.trainerId })).actor,
    peserta: (await createUser('PESERTA', { participantId: rows.participantId })).actor,
  }
})

const ACTIONS_DIR = path.join(process.cwd(), 'lib/actions')
const serverActions = readdirSync(ACTIONS_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => /^\s*['"]use server['"]/.test(readFileSync(path.join(ACTIONS_DIR, f), 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort()

describe('every server action input', () => {
  it('has an entry here for each server action in lib/actions/ (add one with a new action)', () => {
    expect(serverActions.length).toBeGreaterThan(30)
    expect(Object.keys(ENTRIES).sort()).toEqual(serverActions)
  })

  for (const name of Object.keys(ENTRIES).sort()) {
    it(`${name}: succeeds or refuses with an AppError, never a database error`, async () => {
      const entry = ENTRIES[name]
      const valid = entry.valid(rows)
      await fc.assert(
        fc.asyncProperty(inputs(valid), async (input) => {
          try {
            await entry.call(actors[entry.as], input)
          } catch (e) {
            if (!(e instanceof AppError)) throw e
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true, examples: everySpoiledField(valid) },
      )
    }, 60_000)
  }
})
