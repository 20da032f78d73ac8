// The authorization matrix: who may call every server action, route handler and page. Plain data,
// checked by tests/authz/inventory.test.ts (every action, handler and page has its row, and every row
// names something that exists), tests/integration/authz/actions.test.ts (each action called as every
// subject) and tests/e2e/authz-matrix.spec.ts (each page and handler over HTTP). The reviewer's copy
// is docs/authorization-matrix.md (`npm run docs:authz`).
//
// A row: { admin, operator, trainer, participant, signedOut }, one verdict per subject:
//   'yes'  allowed, on the subject's own scope and on the other one
//   'own'  allowed on the own scope, refused on the other (only where the target has a scope)
//   'no'   refused
// Own versus other scope is one world with two sides: side "own" is Jawa Barat (the operator's province,
// the cohort the trainer is assigned to, the participant themself, the trainer themself), side "other"
// is Kalimantan Timur (another province, another trainer's cohort, another participant, another trainer).

export const SUBJECTS = ['admin', 'operator', 'trainer', 'participant', 'signedOut'] as const
export type Subject = (typeof SUBJECTS)[number]
export type Verdict = 'yes' | 'own' | 'no'
export type Row = Record<Subject, Verdict> & { note?: string }

export const SUBJECT_LABELS: Record<Subject, string> = {
  admin: 'Admin Pusat', operator: 'Operator Provinsi', trainer: 'Pelatih Ahli', participant: 'Peserta', signedOut: 'signed out',
}

const admin: Row = { admin: 'yes', operator: 'no', trainer: 'no', participant: 'no', signedOut: 'no' }
const adminAndOwnProvince: Row = { admin: 'yes', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' }
const everyone: Row = { admin: 'yes', operator: 'yes', trainer: 'yes', participant: 'yes', signedOut: 'yes' }
/** Online attendance from a meeting report: officers with update:attendance, the session's trainers (within the marking window). */
const reportImport: Row = { admin: 'yes', operator: 'own', trainer: 'own', participant: 'no', signedOut: 'no' }
const signedIn: Row = { admin: 'yes', operator: 'yes', trainer: 'yes', participant: 'yes', signedOut: 'no' }
/** Attendance sheets and recaps: Admin Pusat, the province's operator and the cohort's trainers. */
const attendanceOfficersAndTrainer: Row = { admin: 'yes', operator: 'own', trainer: 'own', participant: 'no', signedOut: 'no' }

/** Every export of every 'use server' file, by its exported name. */
export const ACTIONS = {
  addModuleAction: admin,
  applyWaveProposalAction: admin,
  cancelAttendanceReportAction: { ...reportImport, note: 'sets a meeting report preview aside' },
  cancelParticipantImportAction: adminAndOwnProvince,
  checkInWithCodeAction: { admin: 'no', operator: 'no', trainer: 'no', participant: 'own', signedOut: 'no', note: 'self check-in to a session of the participant\'s own cohort (decision 024)' },
  cloneWaveAction: admin,
  confirmAttendanceReportAction: { ...reportImport, note: 'marks through applyAttendanceMarks: a trainer only within the marking window' },
  confirmParticipantImportAction: adminAndOwnProvince,
  confirmTrainerImportAction: admin,
  correctAttendanceMarkAction: { ...adminAndOwnProvince, note: 'a correction with a reason, also after the trainers\' lock' },
  createAssignmentAction: admin,
  createProgramAction: admin,
  createSessionAction: admin,
  createTrainerAction: admin,
  createTrainerUnavailabilityAction: { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no' },
  createWaveWithCohortsAction: admin,
  deleteAssignmentAction: admin,
  deleteModuleAction: admin,
  deleteSessionAction: admin,
  deleteTrainerUnavailabilityAction: { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no' },
  enrolParticipantAction: adminAndOwnProvince,
  issueAccessCodeAction: adminAndOwnProvince,
  linkAttendanceNameAction: { ...reportImport, note: 'a meeting name linked to an enrolment of the session\'s cohort' },
  listParticipantVillageOptionsAction: { admin: 'yes', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no', note: 'reference data for the participant form' },
  moveEnrolmentAction: adminAndOwnProvince,
  moveSelectedEnrolmentsAction: { ...adminAndOwnProvince, note: 'bulk move from the participant list: ticked ids or all matching the filter (re-evaluated in scope, at most 2,000); another province\'s participant: not found, nothing moved' },
  moveParticipantImportAction: { ...adminAndOwnProvince, note: 'an import preview moved to another cohort of the same province' },
  moveModuleAction: admin,
  regenerateCohortAgendaAction: admin,
  registerParticipantAction: adminAndOwnProvince,
  rotateCalendarFeedAction: { admin: 'no', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no', note: 'a trainer voids their own calendar feed address; there is no other target' },
  updateAttendanceSettingsAction: admin,
  updateCertificateDesignAction: { ...admin, note: 'a program\'s certificate design, images PNG/JPEG ≤ 150 KB (audited without bytes)' },
  updateCohortDetailsAction: admin,
  updateCohortQuotaAction: { ...admin, note: 'a cohort\'s quota and its province\'s in that wave, offered by the import preview' },
  updateCohortVenueAction: adminAndOwnProvince,
  updateModuleAction: admin,
  updateParticipantAction: adminAndOwnProvince,
  updateProgramAction: admin,
  updateSchedulingSettingsAction: admin,
  updateSessionAction: admin,
  updateTrainerAction: { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'a trainer edits their own contact details and expertise' },
  updateWaveQuotasAction: admin,
  withdrawEnrolmentAction: adminAndOwnProvince,
  withdrawSelectedEnrolmentsAction: { ...adminAndOwnProvince, note: 'bulk withdrawal from the participant list with one reason; as the bulk move for the selection' },
  // Certificates (issue 11, decision 027). Operators may issue for their province only when the role map says so (off by default).
  issueCertificatesAction: { ...admin, note: 'a cohort, a province of a wave or a whole wave; `issue:certificate:province` (off by default) would make the operator "own"' },
  revokeCertificateAction: { ...admin, note: 'with a reason of 5–500 characters, audited' },
  reissueCertificateAction: { ...admin, note: 'revokes the old one and issues a new one pointing at it, in one transaction' },
  // Test scores (decision 032): the cohort's trainers and Admin Pusat; operators read them only.
  saveCohortScoresAction: { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'a cohort\'s pre-/post-test scores in one transaction, all or nothing; an audit record per changed score' },
} satisfies Record<string, Row>

/** Every exported HTTP method of every app/**\/route.ts, as `METHOD /path`. */
export const ROUTES = {
  'POST /api/admin/pelatih/impor': admin,
  'GET /api/admin/pelatih/template': admin,
  'POST /api/admin/program/[id]/sertifikat/contoh': { ...admin, note: 'sample certificate PDF of the design form\'s unsaved values; writes nothing' },
  'GET /api/auth/[...nextauth]': { ...everyone, note: 'next-auth itself: sign-in, session, CSRF' },
  'POST /api/auth/[...nextauth]': { ...everyone, note: 'next-auth itself: sign-in, sign-out' },
  'GET /api/health': { ...everyone, note: 'load-balancer check, no data' },
  'GET /api/kalender/pelatih/[token]': { ...everyone, note: 'the signed token in the address is the credential (decision 006)' },
  'GET /api/pelatih/presensi/[sessionId]/kode': { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'the rotating check-in code of a session (decision 024); never cached' },
  'GET /api/peserta/ekspor': { ...adminAndOwnProvince, note: 'another province\'s cohort or province: refused (404 / 403)' },
  'POST /api/peserta/impor': adminAndOwnProvince,
  'GET /api/peserta/impor/templat': { admin: 'yes', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  'POST /api/peserta/pilihan/ekspor': { ...adminAndOwnProvince, note: 'the participants selected on the list as Excel (masked NIK unless allowed and asked; audited); another province\'s participant: 404' },
  'POST /api/peserta/pilihan/kartu': { ...adminAndOwnProvince, note: 'cards of the participants selected on the list, filtered on one class; issues access codes (ganti=1 to replace, audited); another province\'s participant: 404' },
  'POST /api/peserta/kartu': { ...adminAndOwnProvince, note: 'issues access codes to the picked (or code-less, or never signed-in) participants; replacing codes needs ganti=1 (audited); never cached' },
  'GET /api/presensi/[sessionId]/daftar-hadir': { ...attendanceOfficersAndTrainer, note: 'the session\'s daftar hadir PDF, blank or filled (?isi=1)' },
  'GET /api/presensi/rekap/gelombang/[waveId]': { admin: 'yes', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no', note: 'an operator\'s file holds only their province\'s cohorts (audited)' },
  'GET /api/presensi/rekap/kelas/[cohortId]': { ...attendanceOfficersAndTrainer, note: 'the cohort recap as Excel (audited)' },
  // Certificates (issue 11, helper "public"): downloads; batches are for officers only (audited).
  'GET /api/sertifikat/[certificateId]': { admin: 'yes', operator: 'own', trainer: 'no', participant: 'own', signedOut: 'no', note: 'one valid certificate\'s PDF; revoked: 409' },
  'GET /api/sertifikat/kelas/[cohortId]/zip': { ...adminAndOwnProvince, note: 'the cohort\'s valid certificates as a ZIP streamed as it is made (audited)' },
  'GET /api/sertifikat/kelas/[cohortId]/cetak': { ...adminAndOwnProvince, note: 'the cohort\'s valid certificates merged into one PDF for printing (audited)' },
  'GET /api/sertifikat/gelombang/[waveId]/zip': { admin: 'yes', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no', note: '?provinsi=32; an operator\'s file holds only their province\'s certificates (audited)' },
  'GET /api/sertifikat/gelombang/[waveId]/cetak': { admin: 'yes', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no', note: 'as the ZIP, merged into one PDF (audited)' },
  'GET /v/[code]': { ...everyone, note: 'public verification page (decision 031), a small HTML document: rate-limited per address (429); unknown codes 404' },
  'GET /serwist/[path]': { ...everyone, note: 'the service worker script, prerendered at build time; no data (decision 023)' },
  'POST /api/presensi/laporan': { ...reportImport, note: 'stores a preview only (2 MB); online sessions only' },
  'POST /api/presensi': { admin: 'yes', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no', note: 'marks in a batch; each mark is scoped on its own: another trainer\'s cohort is answered REFUSED per mark (tests/integration/attendance)' },
} satisfies Record<string, Row>

/** Every app/**\/page.tsx, by its URL pattern. */
export const PAGES = {
  '/': { ...everyone, note: 'landing page' },
  '/admin': admin,
  '/admin/gelombang/[id]': admin,
  '/admin/gelombang/[id]/kuota': admin,
  '/admin/gelombang/[id]/penugasan': admin,
  '/admin/gelombang/[id]/sertifikat': { ...admin, note: 'issue for the whole wave or one province, with a preview' },
  '/admin/jadwal': admin,
  '/admin/kelas/[id]': admin,
  '/admin/kelas/[id]/presensi': admin,
  '/admin/kelas/[id]/nilai': { ...admin, note: 'the score form: pre-test and post-test of every participant not withdrawn' },
  '/admin/kelas/[id]/presensi/koreksi': { ...admin, note: '?sesi=<session>&peserta=<enrolment>: one mark, its history and the correction form' },
  '/admin/kelas/[id]/sertifikat': { ...admin, note: 'eligibility, certificates, issue with a preview (?pratinjau=1), revoke and reissue' },
  '/admin/kelas/[id]/sesi/[sessionId]/laporan': admin,
  '/admin/kelas/[id]/sesi/[sessionId]/laporan/[reportId]': admin,
  '/admin/pelatih': admin,
  '/admin/pelatih/[id]': admin,
  '/admin/pelatih/baru': admin,
  '/admin/pelatih/impor': admin,
  '/admin/pengaturan': admin,
  '/admin/peserta': admin,
  '/admin/peserta/[id]': admin,
  '/admin/peserta/baru': admin,
  '/admin/peserta/impor': admin,
  '/admin/peserta/impor/[batchId]': admin,
  '/admin/program': admin,
  '/admin/program/[id]': admin,
  '/admin/program/[id]/gelombang/baru': admin,
  '/admin/program/[id]/sertifikat': { ...admin, note: 'certificate design editor with live preview' },
  '/admin/presensi': admin,
  '/admin/program/baru': admin,
  '/beranda': { ...signedIn, note: 'sends each role on to its dashboard' },
  '/masuk': { ...everyone, note: 'sign-in form' },
  '/masuk/tautan/[token]': { ...everyone, note: 'signed sign-in link: the token is the credential' },
  '/pelatih': { admin: 'no', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no' },
  '/pelatih/kelas/[id]': { admin: 'no', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'read-only roster of an assigned cohort (issue 12)' },
  '/pelatih/kelas/[id]/nilai': { admin: 'no', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'the score form of an assigned cohort' },
  '/pelatih/kelas/[id]/presensi': { admin: 'no', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'read-only recap of an assigned cohort' },
  '/pelatih/jadwal': { admin: 'no', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no' },
  '/pelatih/presensi/[sessionId]/laporan': { admin: 'no', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no' },
  '/pelatih/presensi/[sessionId]/laporan/[reportId]': { admin: 'no', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no' },
  '/pelatih/ketersediaan': { admin: 'no', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no' },
  '/pelatih/presensi': { admin: 'no', operator: 'no', trainer: 'yes', participant: 'no', signedOut: 'no', note: '"Hari ini": the trainer\'s own sessions to mark' },
  '/pelatih/presensi/[sessionId]': { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'the roster: the cohort\'s trainers and Admin Pusat (mark:attendance); operators correct elsewhere' },
  '/pelatih/presensi/[sessionId]/kode': { admin: 'yes', operator: 'no', trainer: 'own', participant: 'no', signedOut: 'no', note: 'shows the rotating check-in code and its QR code' },
  '/peserta/hadir/[sessionId]': { admin: 'no', operator: 'no', trainer: 'no', participant: 'own', signedOut: 'no', note: 'where the check-in QR code leads; checks the participant in with the code in the address' },
  '/peserta': { admin: 'no', operator: 'no', trainer: 'no', participant: 'yes', signedOut: 'no' },
  '/v': { ...everyone, note: 'public: the form to type a verification code' },
  '/provinsi': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/kelas': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/kelas/[id]': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/kelas/[id]/nilai': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no', note: 'the cohort\'s scores, read-only (the role map gives operators no update:assessment)' },
  '/provinsi/kelas/[id]/presensi': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/kelas/[id]/presensi/koreksi': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no', note: '?sesi=<session>&peserta=<enrolment>' },
  '/provinsi/kelas/[id]/sertifikat': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no', note: 'eligibility and certificates, read-only unless `issue:certificate:province` is on' },
  '/provinsi/kelas/[id]/sesi/[sessionId]/laporan': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/kelas/[id]/sesi/[sessionId]/laporan/[reportId]': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/peserta': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/peserta/[id]': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/peserta/baru': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/peserta/impor': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/peserta/impor/[batchId]': { admin: 'no', operator: 'own', trainer: 'no', participant: 'no', signedOut: 'no' },
  '/provinsi/presensi': { admin: 'no', operator: 'yes', trainer: 'no', participant: 'no', signedOut: 'no', note: 'rates of the operator\'s own province' },
} satisfies Record<string, Row>

export type ActionName = keyof typeof ACTIONS
export type RouteName = keyof typeof ROUTES
export type PageName = keyof typeof PAGES
