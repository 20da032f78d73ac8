// How to call each server action of the matrix on a fresh target of one side: the action itself and
// a valid input, so an allowed call succeeds and a refused one is refused for its authorization alone.
// Setting a target up uses the domain functions as Admin Pusat or the factories, before the call.
import { addModuleAction } from '@/lib/actions/add-module'
import { applyWaveProposalAction } from '@/lib/actions/apply-wave-proposal'
import { cancelParticipantImportAction } from '@/lib/actions/cancel-participant-import'
import { checkInWithCodeAction } from '@/lib/actions/check-in-with-code'
import { cloneWaveAction } from '@/lib/actions/clone-wave'
import { confirmParticipantImportAction } from '@/lib/actions/confirm-participant-import'
import { confirmTrainerImportAction } from '@/lib/actions/confirm-trainer-import'
import { createAssignmentAction } from '@/lib/actions/create-assignment'
import { createProgramAction } from '@/lib/actions/create-program'
import { createSessionAction } from '@/lib/actions/create-session'
import { createTrainerAction } from '@/lib/actions/create-trainer'
import { createTrainerUnavailabilityAction } from '@/lib/actions/create-trainer-unavailability'
import { createWaveWithCohortsAction } from '@/lib/actions/create-wave-with-cohorts'
import { deleteAssignmentAction } from '@/lib/actions/delete-assignment'
import { deleteModuleAction } from '@/lib/actions/delete-module'
import { deleteSessionAction } from '@/lib/actions/delete-session'
import { deleteTrainerUnavailabilityAction } from '@/lib/actions/delete-trainer-unavailability'
import { enrolParticipantAction } from '@/lib/actions/enrol-participant'
import { issueAccessCodeAction } from '@/lib/actions/issue-access-code'
import { listParticipantVillageOptionsAction } from '@/lib/actions/list-participant-village-options'
import { moveEnrolmentAction } from '@/lib/actions/move-enrolment'
import { moveParticipantImportAction } from '@/lib/actions/move-participant-import'
import { moveModuleAction } from '@/lib/actions/move-module'
import { regenerateCohortAgendaAction } from '@/lib/actions/regenerate-cohort-agenda'
import { registerParticipantAction } from '@/lib/actions/register-participant'
import { rotateCalendarFeedAction } from '@/lib/actions/rotate-calendar-feed'
import { updateCohortDetailsAction } from '@/lib/actions/update-cohort-details'
import { updateCohortQuotaAction } from '@/lib/actions/update-cohort-quota'
import { updateCohortVenueAction } from '@/lib/actions/update-cohort-venue'
import { updateModuleAction } from '@/lib/actions/update-module'
import { updateParticipantAction } from '@/lib/actions/update-participant'
import { updateProgramAction } from '@/lib/actions/update-program'
import { updateCertificateDesignAction } from '@/lib/actions/update-certificate-design'
import { updateSchedulingSettingsAction } from '@/lib/actions/update-scheduling-settings'
import { updateSessionAction } from '@/lib/actions/update-session'
import { updateTrainerAction } from '@/lib/actions/update-trainer'
import { updateWaveQuotasAction } from '@/lib/actions/update-wave-quotas'
import { withdrawEnrolmentAction } from '@/lib/actions/withdraw-enrolment'
import { moveSelectedEnrolmentsAction } from '@/lib/actions/move-selected-enrolments'
import { withdrawSelectedEnrolmentsAction } from '@/lib/actions/withdraw-selected-enrolments'
import { correctAttendanceMarkAction } from '@/lib/actions/correct-attendance-mark'
import { updateAttendanceSettingsAction } from '@/lib/actions/update-attendance-settings'
import { cancelAttendanceReportAction } from '@/lib/actions/cancel-attendance-report'
import { confirmAttendanceReportAction } from '@/lib/actions/confirm-attendance-report'
import { linkAttendanceNameAction } from '@/lib/actions/link-attendance-name'
import { issueCertificatesAction } from '@/lib/actions/issue-certificates'
import { reissueCertificateAction } from '@/lib/actions/reissue-certificate'
import { revokeCertificateAction } from '@/lib/actions/revoke-certificate'
import { saveCohortScoresAction } from '@/lib/actions/save-cohort-scores'
import { initialActionState } from '@/lib/actions/action-state-types'
import { proposeWaveAssignments } from '@/lib/server/assignments/propose-wave-assignments'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { previewTrainerImport } from '@/lib/server/trainers/import/preview-trainer-import'
import { checkInCodeAt, checkInSessionKey, timeStepOf } from '@/lib/attendance/check-in-code'
import TEST_ENV from '../../support/test-env.json' with { type: 'json' }
import { testDb } from '../../support/database'
import { assignTrainer, createCohort, createParticipant, createSession, enrol } from '../../support/factories'
import { createNamedTrainer, createTrainersFrom, createWaveOfCohorts, markUnavailable } from '../../support/assignment-factories'
import { nikFor, participantInput, regionOf, uniquePhone } from '../../support/participant-factories'
import { createProgramWithModules } from '../../support/scheduling-factories'
import { createOnlineSession, storeReportPreview } from '../../support/meeting-report-factories'
import { participantRow, participantWorkbook } from '../../fixtures/participant-files'
import { trainerWorkbook } from '../../fixtures/trainer-workbooks'
import type { ActionName } from '../../authz/matrix'
import type { Side, World } from './world'

export type ActionCase = {
  /** Whether the target belongs to a side (a province, a cohort, a trainer, a participant). */
  scoped: boolean
  /** False for an action that only reads: an allowed call then writes nothing either. */
  writes?: false
  /** Sets up a fresh target of `side` and returns the call to make as the subject under test. */
  prepare: (w: World, side: Side) => Promise<() => Promise<unknown>>
}

let serial = 0
const unique = () => `${Date.now().toString(36)}${++serial}`
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}
type FormAction = (state: never, formData: FormData) => Promise<unknown>
/** The common shape: a form action called with the fields built for the target. */
const formCase = (action: FormAction, scoped: boolean, fields: (w: World, side: Side) => Promise<Record<string, string>>): ActionCase => ({
  scoped,
  prepare: async (w, side) => {
    const data = form(await fields(w, side))
    return () => action(initialActionState as never, data)
  },
})

const programInput = () => ({
  name: `Bimtek Matriks ${unique()}`, kind: 'PENGELOLA_PERPUSTAKAAN_UMUM', year: '2025', minAttendancePercent: '75', postTestRequired: 'on', postTestPassMark: '65',
})
const trainerInput = (email = `matriks.${unique()}@contoh.id`) => ({
  name: 'Dewi Lestari', email, phone: '0812-3456-7890', homeProvinceCode: '32', institution: 'Dinas Perpustakaan', expertise: 'Literasi Digital', active: 'on',
})
const sessionFields = (startTime: string, endTime: string) => ({
  title: 'Praktik Literasi Digital', kind: 'MODULE', moduleId: '', jp: '1', date: '2024-05-21', startTime, endTime, mode: 'LURING', meetingUrl: '',
})
// Each call gets its own week far in the future, so proposals and unavailabilities never overlap.
let week = 0
const nextWeek = () => new Date(Date.UTC(2030, 0, 7 + 7 * ++week))
const isoDate = (date: Date, plusDays = 0) => new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10)

const freshCohort = (w: World, side: Side) => createCohort(w.waveId, w.sides[side].provinceCode)
/** A fresh participant of the side enrolled in its cohort: the id a bulk action of the participant list ticks. */
async function freshEnrolledParticipant(w: World, side: Side) {
  const participant = await createParticipant(w.sides[side].provinceCode)
  await enrol(participant.id, w.sides[side].cohortId, w.programId)
  return participant.id
}
async function freshEnrolment(w: World, side: Side) {
  const participant = await createParticipant(w.sides[side].provinceCode)
  return enrol(participant.id, w.sides[side].cohortId, w.programId)
}
/** A fresh cohort of the side with one eligible enrolment (all JP attended, post-test passed), its program given a design. */
async function eligibleEnrolment(w: World, side: Side) {
  const db = testDb()
  await db.certificateDesign.upsert({
    where: { programId: w.programId }, update: {},
    create: { programId: w.programId, numberPattern: `{seq}/SERT/MATRIKS-${unique()}/{province}/{month}/{year}`, signatoryName: 'Dr. Matriks' },
  })
  const cohort = await createCohort(w.waveId, w.sides[side].provinceCode)
  const session = await createSession(cohort.id)
  const participant = await createParticipant(w.sides[side].provinceCode)
  const enrolment = await enrol(participant.id, cohort.id, w.programId)
  await db.attendanceMark.create({ data: { enrolmentId: enrolment.id, sessionId: session.id, status: 'HADIR', method: 'TRAINER' } })
  await db.assessment.create({ data: { enrolmentId: enrolment.id, kind: 'POST_TEST', score: 90, takenAt: new Date('2024-05-23T06:00:00Z') } })
  return { cohortId: cohort.id, enrolmentId: enrolment.id }
}
let certificateSerial = 0
/** A valid certificate of the side, written directly (issuing is what the issue case tests). */
async function freshCertificate(w: World, side: Side) {
  const { enrolmentId } = await eligibleEnrolment(w, side)
  const n = `${unique()}-${++certificateSerial}`
  const cert = await testDb().certificate.create({
    data: { enrolmentId, number: `MATRIKS/${n}`, verificationCode: `M${n}`.slice(0, 40), issuedAt: new Date(), signatoryName: 'Dr. Matriks', signatoryTitle: 'Kepala', holderName: 'Peserta Matriks' },
    select: { id: true },
  })
  return cert.id
}

/** An import preview of a one-row file (a new person of the province) into the side's cohort, stored by that side's operator. */
async function freshImportBatch(w: World, side: Side) {
  const officer = side === 'own' ? w.actors.operator! : w.otherOperator
  const region = await regionOf(w.sides[side].provinceCode)
  const village = await testDb().village.findUniqueOrThrow({
    where: { code: region.villageCode }, select: { name: true, district: { select: { name: true, regency: { select: { name: true } } } } },
  })
  const bytes = await participantWorkbook([participantRow(nikFor(region.districtCode), uniquePhone(), {
    'Kab/Kota': village.district.regency.name, 'Kecamatan': village.district.name, 'Desa/Kelurahan': village.name,
  })])
  const { batchId } = await previewParticipantImport(officer, { cohortId: w.sides[side].cohortId, fileName: 'peserta.xlsx', bytes })
  return { batchId, returnTo: `/provinsi/peserta/impor/${batchId}` }
}

/** A fresh online session of the side's cohort (open for marking) with a stored meeting-report preview: the side's participant by e-mail, one phone-named guest. */
async function reportTarget(w: World, side: Side) {
  const { cohortId, participantId } = w.sides[side]
  const email = `rapor.${participantId.slice(0, 8)}@contoh.id`
  await testDb().participant.update({ where: { id: participantId }, data: { email } })
  const session = await createOnlineSession(cohortId)
  const { reportId } = await storeReportPreview(w.admin, session.id, [{ name: 'Peserta', email, from: 0, to: 120 }, { name: 'Galaxy A12', from: 0, to: 120 }])
  const enrolment = await testDb().enrolment.findFirstOrThrow({ where: { participantId, cohortId }, select: { id: true } })
  return { sessionId: session.id, reportId, enrolmentId: enrolment.id }
}

export const ACTION_CASES: Record<ActionName, ActionCase> = {
  // Programs and curricula: national, no side.
  createProgramAction: formCase(createProgramAction, false, async () => programInput()),
  updateProgramAction: formCase(updateProgramAction, false, async () => ({ programId: (await createProgramWithModules()).id, ...programInput() })),
  // A program of its own: a design without a signatory on the world's program would stop the issue case.
  updateCertificateDesignAction: formCase(updateCertificateDesignAction, false, async () => ({
    programId: (await createProgramWithModules()).id, numberPattern: `{seq}/SERT/DESAIN-${unique()}/{year}`, heading: 'SERTIFIKAT', bodyText: 'telah mengikuti', accentColor: '#1e3a8a',
    issuePlace: 'Jakarta', issuingOffice: 'Perpustakaan Nasional', signatoryName: '', signatoryTitle: 'Kepala',
  })),
  addModuleAction: formCase(addModuleAction, false, async (w) => ({ programId: w.programId, title: 'Modul Matriks', jp: '2' })),
  updateModuleAction: formCase(updateModuleAction, false, async () => ({ moduleId: (await createProgramWithModules()).modules[0].id, title: 'Modul Matriks', jp: '2' })),
  moveModuleAction: formCase(moveModuleAction, false, async () => ({ moduleId: (await createProgramWithModules()).modules[1].id, direction: 'up' })),
  deleteModuleAction: formCase(deleteModuleAction, false, async () => ({ moduleId: (await createProgramWithModules()).modules[0].id })),

  // Waves, cohorts and agendas.
  createWaveWithCohortsAction: formCase(createWaveWithCohortsAction, false, async () => ({
    programId: (await createProgramWithModules()).id, number: '1', startDate: '2025-07-01', endDate: '2025-07-02', mode: 'LURING', quota: '60', status: 'OPEN',
    cohorts: JSON.stringify([{ provinceCode: '32' }]),
  })),
  // Wave numbers run to 99; the factories number from 1 upwards.
  cloneWaveAction: formCase(cloneWaveAction, false, async (w) => ({ waveId: w.waveId, number: String(99 - (++serial % 40)), startDate: isoDate(nextWeek()) })),
  updateWaveQuotasAction: formCase(updateWaveQuotasAction, false, async (w) => ({ waveId: w.waveId, 'quota.32': '120', 'quota.64': '120' })),
  updateCohortQuotaAction: formCase(updateCohortQuotaAction, true, async (w, side) => ({ cohortId: (await freshCohort(w, side)).id, quota: '70', provinceQuota: '' })),
  updateCohortDetailsAction: formCase(updateCohortDetailsAction, true, async (w, side) => ({
    cohortId: (await freshCohort(w, side)).id, startDate: '2024-05-19', endDate: '2024-05-22', quota: '50', status: 'OPEN', shiftAgenda: 'on',
  })),
  updateCohortVenueAction: formCase(updateCohortVenueAction, true, async (w, side) => ({
    cohortId: w.sides[side].cohortId, venue: 'Hotel Baru', city: 'Kota Baru', contactPhone: '0812-1111-2222',
  })),
  regenerateCohortAgendaAction: formCase(regenerateCohortAgendaAction, true, async (w, side) => ({ cohortId: (await freshCohort(w, side)).id, confirm: 'on' })),
  createSessionAction: formCase(createSessionAction, true, async (w, side) => ({ cohortId: (await freshCohort(w, side)).id, ...sessionFields('08:00', '08:45') })),
  updateSessionAction: formCase(updateSessionAction, true, async (w, side) => {
    const session = await createSession((await freshCohort(w, side)).id)
    return { sessionId: session.id, ...sessionFields('13:00', '13:45') }
  }),
  deleteSessionAction: formCase(deleteSessionAction, true, async (w, side) => ({ sessionId: (await createSession((await freshCohort(w, side)).id)).id })),
  updateSchedulingSettingsAction: formCase(updateSchedulingSettingsAction, false, async () => ({
    startTime: '07:30', slotsPerDay: '8', firstDaySlot: '1', trainersPerCohort: '3', travelGapDays: '2',
    breakAfter0: '2', breakMinutes0: '15', breakAfter1: '5', breakMinutes1: '60', breakAfter2: '', breakMinutes2: '',
  })),

  // Trainers, their dates and their assignments.
  createTrainerAction: formCase(createTrainerAction, false, async () => trainerInput()),
  updateTrainerAction: formCase(updateTrainerAction, true, async (w, side) => {
    const { email } = await testDb().trainer.findUniqueOrThrow({ where: { id: w.sides[side].trainerId }, select: { email: true } })
    return { trainerId: w.sides[side].trainerId, ...trainerInput(email) }
  }),
  confirmTrainerImportAction: formCase(confirmTrainerImportAction, false, async (w) => {
    const bytes = await trainerWorkbook([['Dewi Lestari', `impor.${unique()}@contoh.id`, '', 'Jawa Barat', '', '']])
    const { token } = await previewTrainerImport(w.admin, { fileName: 'pelatih.xlsx', bytes })
    return { token: token! }
  }),
  rotateCalendarFeedAction: formCase(rotateCalendarFeedAction, false, async () => ({})),
  createTrainerUnavailabilityAction: formCase(createTrainerUnavailabilityAction, true, async (w, side) => ({
    trainerId: w.sides[side].trainerId, ...((monday) => ({ startDate: isoDate(monday), endDate: isoDate(monday, 1) }))(nextWeek()), reason: 'Tugas dinas',
  })),
  deleteTrainerUnavailabilityAction: formCase(deleteTrainerUnavailabilityAction, true, async (w, side) => {
    const day = isoDate(nextWeek())
    return { id: (await markUnavailable(w.sides[side].trainerId, day, day)).id }
  }),
  createAssignmentAction: formCase(createAssignmentAction, true, async (w, side) => ({
    cohortId: (await freshCohort(w, side)).id, trainerId: (await createNamedTrainer(w.sides[side].provinceCode)).id, role: 'SUPPORT',
  })),
  deleteAssignmentAction: formCase(deleteAssignmentAction, true, async (w, side) => {
    const trainer = await createNamedTrainer(w.sides[side].provinceCode)
    return { assignmentId: (await assignTrainer(trainer.id, (await freshCohort(w, side)).id)).id }
  }),
  applyWaveProposalAction: formCase(applyWaveProposalAction, false, async (w) => {
    const monday = nextWeek()
    const { waveId } = await createWaveOfCohorts([{ provinceCode: '35', start: isoDate(monday), end: isoDate(monday, 3) }])
    await createTrainersFrom('35', 3)
    const { token } = await proposeWaveAssignments(w.admin, waveId)
    return { waveId, token: token! }
  }),

  // Participants, enrolments and access.
  registerParticipantAction: formCase(registerParticipantAction, true, async (w, side) => participantInput(w.sides[side].cohortId, {}, w.sides[side].provinceCode)),
  updateParticipantAction: formCase(updateParticipantAction, true, async (w, side) => {
    const p = await createParticipant(w.sides[side].provinceCode)
    const stored = await testDb().participant.findUniqueOrThrow({ where: { id: p.id }, select: { phone: true, regencyCode: true, villageCode: true } })
    return {
      participantId: p.id, name: 'Siti Aminah Lestari', nik: '', phone: stored.phone, email: '', institutionType: 'TBM', institutionName: 'TBM Cahaya',
      npp: '', regencyCode: stored.regencyCode, villageCode: stored.villageCode ?? '',
    }
  }),
  enrolParticipantAction: formCase(enrolParticipantAction, true, async (w, side) => ({
    participantId: (await createParticipant(w.sides[side].provinceCode)).id, cohortId: w.sides[side].cohortId,
  })),
  moveEnrolmentAction: formCase(moveEnrolmentAction, true, async (w, side) => ({ enrolmentId: (await freshEnrolment(w, side)).id, cohortId: w.sides[side].secondCohortId })),
  correctAttendanceMarkAction: formCase(correctAttendanceMarkAction, true, async (w, side) => ({
    sessionId: (await createSession(w.sides[side].cohortId)).id, enrolmentId: (await freshEnrolment(w, side)).id, status: 'IZIN', reason: 'Surat izin diterima',
  })),
  updateAttendanceSettingsAction: formCase(updateAttendanceSettingsAction, false, async () => ({
    lockDays: '3', lateGraceMinutes: '15', checkInOpensMinutes: '30', onlinePresentPercent: '75',
  })),
  cancelAttendanceReportAction: formCase(cancelAttendanceReportAction, true, async (w, side) => {
    const { sessionId, reportId } = await reportTarget(w, side)
    return { sessionId, reportId }
  }),
  confirmAttendanceReportAction: formCase(confirmAttendanceReportAction, true, async (w, side) => {
    const { sessionId, reportId } = await reportTarget(w, side)
    return { sessionId, reportId }
  }),
  linkAttendanceNameAction: formCase(linkAttendanceNameAction, true, async (w, side) => {
    const { sessionId, reportId, enrolmentId } = await reportTarget(w, side)
    return { sessionId, reportId, nameKey: 'galaxy', enrolmentId }
  }),
  // Certificates: the program gets a design with a pattern of its own; a fresh eligible enrolment of the side's cohort.
  issueCertificatesAction: formCase(issueCertificatesAction, true, async (w, side) => ({ cohortId: (await eligibleEnrolment(w, side)).cohortId })),
  revokeCertificateAction: formCase(revokeCertificateAction, true, async (w, side) => ({ certificateId: await freshCertificate(w, side), reason: 'Data peserta keliru' })),
  reissueCertificateAction: formCase(reissueCertificateAction, true, async (w, side) => ({ certificateId: await freshCertificate(w, side), reason: 'Koreksi nama peserta' })),
  // Scores: a fresh enrolment of the side's cohort (the one its trainer teaches) gets a post-test score.
  saveCohortScoresAction: formCase(saveCohortScoresAction, true, async (w, side) => {
    const { id: enrolmentId } = await freshEnrolment(w, side)
    return { cohortId: w.sides[side].cohortId, [`post.${enrolmentId}`]: '87,5', [`was.post.${enrolmentId}`]: '' }
  }),
  withdrawEnrolmentAction: formCase(withdrawEnrolmentAction, true, async (w, side) => ({ enrolmentId: (await freshEnrolment(w, side)).id, reason: 'Sakit berkepanjangan' })),
  withdrawSelectedEnrolmentsAction: formCase(withdrawSelectedEnrolmentsAction, true, async (w, side) => ({ peserta: await freshEnrolledParticipant(w, side), reason: 'Sakit berkepanjangan' })),
  moveSelectedEnrolmentsAction: formCase(moveSelectedEnrolmentsAction, true, async (w, side) => ({ peserta: await freshEnrolledParticipant(w, side), cohortId: w.sides[side].secondCohortId })),
  issueAccessCodeAction: formCase(issueAccessCodeAction, true, async (w, side) => ({ participantId: (await createParticipant(w.sides[side].provinceCode)).id })),
  listParticipantVillageOptionsAction: {
    scoped: false, writes: false,
    prepare: async () => {
      const { regencyCode } = await regionOf('32')
      return () => listParticipantVillageOptionsAction(regencyCode)
    },
  },
  confirmParticipantImportAction: formCase(confirmParticipantImportAction, true, async (w, side) => ({ ...(await freshImportBatch(w, side)), skipInvalid: 'on' })),
  cancelParticipantImportAction: formCase(cancelParticipantImportAction, true, async (w, side) => freshImportBatch(w, side)),
  moveParticipantImportAction: formCase(moveParticipantImportAction, true, async (w, side) => ({ ...(await freshImportBatch(w, side)), cohortId: w.sides[side].secondCohortId })),
  // A session of the side's cohort that started a minute ago, and the code its trainer shows now.
  checkInWithCodeAction: formCase(checkInWithCodeAction, true, async (w, side) => {
    const { id: sessionId } = await createSession(w.sides[side].cohortId, new Date(Date.now() - 60_000))
    return { sessionId, kode: checkInCodeAt(checkInSessionKey(TEST_ENV.AUTH_SECRET, sessionId), timeStepOf(new Date())) }
  }),
}
