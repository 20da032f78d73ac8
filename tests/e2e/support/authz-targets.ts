// How to reach each route handler and each page with [params] of the authorization matrix over HTTP,
// on a target of side "own" or "other" (tests/e2e/support/authz-world.ts). A page without params is
// simply requested at its own address.
import type { APIRequestContext, APIResponse } from '@playwright/test'
import { participantCsv, participantRow } from '../../fixtures/participant-files'
import { trainerWorkbook } from '../../fixtures/trainer-workbooks'
import { zoomReportForSession } from '../../fixtures/meeting-reports'
import type { PageName, RouteName } from '../../authz/matrix'
import { DEMO_REISSUED_CODE } from '../../../prisma/seed/demo-certificates'
import type { AttendanceIds, MatrixWorld, Side } from './authz-world'

export type RouteTarget = {
  scoped: boolean
  send: (context: APIRequestContext, w: MatrixWorld, side: Side) => Promise<APIResponse>
  /** Statuses other than 2xx/3xx that can only come after the authorization check passed. */
  passed?: number[]
  /** For an answer that refuses by giving nothing rather than by its status. */
  isEmpty?: (response: APIResponse) => Promise<boolean>
}

const noRedirect = { maxRedirects: 0 } as const

export const ROUTE_TARGETS: Record<RouteName, RouteTarget> = {
  // Certificates (issue 11): a wave's batch that holds nothing for a subject is a 404 after the check passed.
  'GET /api/sertifikat/[certificateId]': { scoped: true, send: (c, w, side) => c.get(`/api/sertifikat/${w.certificates.ids[side]}`, noRedirect) },
  'GET /api/sertifikat/kelas/[cohortId]/zip': { scoped: true, send: (c, w, side) => c.get(`/api/sertifikat/kelas/${w.certificates.cohortIds[side]}/zip`, noRedirect) },
  'GET /api/sertifikat/kelas/[cohortId]/cetak': { scoped: true, send: (c, w, side) => c.get(`/api/sertifikat/kelas/${w.certificates.cohortIds[side]}/cetak`, noRedirect) },
  'GET /api/sertifikat/gelombang/[waveId]/zip': { scoped: false, send: (c, w) => c.get(`/api/sertifikat/gelombang/${w.certificates.waveId}/zip`, noRedirect), passed: [404] },
  'GET /api/sertifikat/gelombang/[waveId]/cetak': { scoped: false, send: (c, w) => c.get(`/api/sertifikat/gelombang/${w.certificates.waveId}/cetak`, noRedirect), passed: [404] },
  'GET /v/[code]': { scoped: false, send: (c) => c.get(`/v/${DEMO_REISSUED_CODE}`, noRedirect) },
  'POST /api/admin/pelatih/impor': {
    scoped: false,
    send: async (c) => c.post('/api/admin/pelatih/impor', {
      ...noRedirect,
      multipart: { file: { name: 'pelatih.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await trainerWorkbook([['Dewi Lestari', 'matriks@contoh.id', '', 'Jawa Barat', '', '']]) } },
    }),
  },
  'GET /api/admin/pelatih/template': { scoped: false, send: (c) => c.get('/api/admin/pelatih/template', noRedirect) },
  'POST /api/admin/program/[id]/sertifikat/contoh': {
    scoped: false,
    send: (c, w) => c.post(`/api/admin/program/${w.programId}/sertifikat/contoh`, {
      ...noRedirect,
      multipart: { numberPattern: '{seq}/SERT/MATRIKS/{year}', heading: 'SERTIFIKAT', bodyText: 'telah mengikuti', accentColor: '#1e3a8a', issuePlace: 'Jakarta', issuingOffice: 'Perpustakaan Nasional', signatoryName: '', signatoryTitle: 'Kepala' },
    }),
  },
  'GET /api/auth/[...nextauth]': { scoped: false, send: (c) => c.get('/api/auth/session', noRedirect) },
  // The session read of next-auth's POST (what a client's update() sends): no sign-in attempt is counted.
  'POST /api/auth/[...nextauth]': {
    scoped: false,
    send: async (c) => c.post('/api/auth/session', { ...noRedirect, form: { csrfToken: (await (await c.get('/api/auth/csrf')).json()).csrfToken } }),
  },
  'GET /api/health': { scoped: false, send: (c) => c.get('/api/health', noRedirect) },
  'GET /api/kalender/pelatih/[token]': { scoped: false, send: (c, w) => c.get(w.calendarPath, noRedirect) },
  // The rotating check-in code: side "own" is a session of the demo trainer's cohorts.
  'GET /api/pelatih/presensi/[sessionId]/kode': { scoped: true, send: (c, w, side) => c.get(`/api/pelatih/presensi/${w.sessions.trainer[side]}/kode`, noRedirect) },
  // Another province's cohort is refused (404), not answered with an empty file.
  'GET /api/peserta/ekspor': { scoped: true, send: (c, w, side) => c.get(`/api/peserta/ekspor?cohortId=${w.sides[side].cohortId}`, noRedirect) },
  'POST /api/peserta/impor': {
    scoped: true,
    send: (c, w, side) => c.post('/api/peserta/impor', {
      ...noRedirect,
      multipart: { cohortId: w.sides[side].importCohortId, file: { name: 'peserta.csv', mimeType: 'text/csv', buffer: participantCsv([participantRow('3204051205900002', '081399990002')]) } },
    }),
  },
  'GET /api/peserta/impor/templat': { scoped: false, send: (c) => c.get('/api/peserta/impor/templat', noRedirect) },
  // An empty batch is refused as malformed (400) only after the session and the role passed; each mark's
  // own scope (another trainer's cohort) is answered per mark and tested in tests/integration/attendance.
  'GET /api/presensi/[sessionId]/daftar-hadir': {
    scoped: true, send: (c, w, side) => c.get(`/api/presensi/${w.sides[side].attendance.sessionId}/daftar-hadir?isi=1`, noRedirect),
  },
  // Unscoped: an operator gets a file of their own province's cohorts.
  'GET /api/presensi/rekap/gelombang/[waveId]': { scoped: false, send: (c, w) => c.get(`/api/presensi/rekap/gelombang/${w.waveId}`, noRedirect) },
  'GET /api/presensi/rekap/kelas/[cohortId]': {
    scoped: true, send: (c, w, side) => c.get(`/api/presensi/rekap/kelas/${w.sides[side].attendance.cohortId}`, noRedirect),
  },
  'GET /serwist/[path]': { scoped: false, send: (c) => c.get('/serwist/sw.js', noRedirect) },
  // A preview of the side's online session (the report's times are the demo closing's, a day in 2024
  // read from the upload page). The demo trainer's 2024 session is long locked: 400 after the scope check.
  'POST /api/presensi/laporan': {
    scoped: true, passed: [400],
    send: async (c, w, side) => c.post('/api/presensi/laporan', {
      ...noRedirect,
      multipart: { sessionId: w.sides[side].onlineSessionId, file: { name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(zoomReportForSession(w.sides[side].onlineSession, w.sides[side].timeZone, [{ name: 'Tamu Matriks', from: 0, to: 40 }])) } },
    }),
  },
  'POST /api/presensi': {
    scoped: false, passed: [400],
    send: (c) => c.post('/api/presensi', { ...noRedirect, data: { marks: [] } }),
  },
  // Prints cards for those without a code yet; 409 once everyone has one (after the scope check).
  // The side's participant ticked on the list: another province's is not found (404) before anything else.
  'POST /api/peserta/pilihan/ekspor': {
    scoped: true, send: (c, w, side) => c.post('/api/peserta/pilihan/ekspor', { ...noRedirect, form: { peserta: w.sides[side].participantId } }),
  },
  // Without ganti=1 no code in use is replaced: 409 when the participant has one, 400 when not active in that class (after the scope check).
  'POST /api/peserta/pilihan/kartu': {
    scoped: true, passed: [400, 409],
    send: (c, w, side) => c.post('/api/peserta/pilihan/kartu', { ...noRedirect, form: { peserta: w.sides[side].participantId, kelas: w.sides[side].cohortId } }),
  },
  'POST /api/peserta/kartu': {
    scoped: true, passed: [409],
    send: (c, w, side) => c.post('/api/peserta/kartu', { ...noRedirect, form: { cohortId: w.sides[side].cohortId } }),
  },
}

const correctionPath = (a: AttendanceIds) => `${a.cohortId}/presensi/koreksi?sesi=${a.sessionId}&peserta=${a.enrolmentId}`

export type PageTarget = { scoped: boolean; url: (w: MatrixWorld, side: Side) => string }

/** Every page with [params]: its address for each side (national rows: the same on both). */
export const PAGE_TARGETS: Partial<Record<PageName, PageTarget>> = {
  '/admin/gelombang/[id]': { scoped: false, url: (w) => `/admin/gelombang/${w.waveId}` },
  '/admin/gelombang/[id]/kuota': { scoped: false, url: (w) => `/admin/gelombang/${w.waveId}/kuota` },
  '/admin/gelombang/[id]/penugasan': { scoped: false, url: (w) => `/admin/gelombang/${w.waveId}/penugasan` },
  '/admin/kelas/[id]': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].cohortId}` },
  '/admin/kelas/[id]/presensi': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].attendance.cohortId}/presensi` },
  // Scores: side "own" a Jawa Barat cohort the demo trainer teaches, "other" a Kalimantan Timur one they do not.
  '/admin/kelas/[id]/nilai': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].attendance.cohortId}/nilai` },
  '/pelatih/kelas/[id]/nilai': { scoped: true, url: (w, side) => `/pelatih/kelas/${w.sides[side].attendance.cohortId}/nilai` },
  '/provinsi/kelas/[id]/nilai': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].attendance.cohortId}/nilai` },
  '/admin/kelas/[id]/presensi/koreksi': { scoped: true, url: (w, side) => `/admin/kelas/${correctionPath(w.sides[side].attendance)}` },
  '/admin/kelas/[id]/sertifikat': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].cohortId}/sertifikat` },
  '/admin/gelombang/[id]/sertifikat': { scoped: false, url: (w) => `/admin/gelombang/${w.waveId}/sertifikat` },
  '/provinsi/kelas/[id]/sertifikat': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].cohortId}/sertifikat` },
  '/admin/kelas/[id]/sesi/[sessionId]/laporan': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].cohortId}/sesi/${w.sides[side].onlineSessionId}/laporan` },
  '/admin/kelas/[id]/sesi/[sessionId]/laporan/[reportId]': { scoped: true, url: (w, side) => `/admin/kelas/${w.sides[side].cohortId}/sesi/${w.sides[side].onlineSessionId}/laporan/${w.sides[side].reportId}` },
  '/admin/pelatih/[id]': { scoped: false, url: (w) => `/admin/pelatih/${w.trainerId}` },
  '/admin/peserta/[id]': { scoped: true, url: (w, side) => `/admin/peserta/${w.sides[side].participantId}` },
  '/admin/peserta/impor/[batchId]': { scoped: true, url: (w, side) => `/admin/peserta/impor/${w.sides[side].batchId}` },
  '/admin/program/[id]': { scoped: false, url: (w) => `/admin/program/${w.programId}` },
  '/admin/program/[id]/gelombang/baru': { scoped: false, url: (w) => `/admin/program/${w.programId}/gelombang/baru` },
  '/admin/program/[id]/sertifikat': { scoped: false, url: (w) => `/admin/program/${w.programId}/sertifikat` },
  // A link that is not valid: the page explains it (its token is the credential, not a session).
  '/masuk/tautan/[token]': { scoped: false, url: () => `/masuk/tautan/${'A'.repeat(56)}` },
  // The class roster: side "own" a Jawa Barat cohort the demo trainer teaches, "other" a Kalimantan Timur one they do not.
  '/pelatih/kelas/[id]': { scoped: true, url: (w, side) => `/pelatih/kelas/${w.sides[side].attendance.cohortId}` },
  '/pelatih/kelas/[id]/presensi': { scoped: true, url: (w, side) => `/pelatih/kelas/${w.sides[side].attendance.cohortId}/presensi` },
  '/pelatih/presensi/[sessionId]': { scoped: true, url: (w, side) => `/pelatih/presensi/${w.sides[side].attendance.sessionId}` },
  '/pelatih/presensi/[sessionId]/kode': { scoped: true, url: (w, side) => `/pelatih/presensi/${w.sessions.trainer[side]}/kode` },
  // Without a code: the session and the form to type it, nothing written.
  '/peserta/hadir/[sessionId]': { scoped: true, url: (w, side) => `/peserta/hadir/${w.sessions.participant[side]}` },
  '/provinsi/kelas/[id]': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].cohortId}` },
  '/provinsi/kelas/[id]/presensi': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].attendance.cohortId}/presensi` },
  '/provinsi/kelas/[id]/presensi/koreksi': { scoped: true, url: (w, side) => `/provinsi/kelas/${correctionPath(w.sides[side].attendance)}` },
  '/pelatih/presensi/[sessionId]/laporan': { scoped: true, url: (w, side) => `/pelatih/presensi/${w.sides[side].onlineSessionId}/laporan` },
  '/pelatih/presensi/[sessionId]/laporan/[reportId]': { scoped: true, url: (w, side) => `/pelatih/presensi/${w.sides[side].onlineSessionId}/laporan/${w.sides[side].reportId}` },
  '/provinsi/kelas/[id]/sesi/[sessionId]/laporan': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].cohortId}/sesi/${w.sides[side].onlineSessionId}/laporan` },
  '/provinsi/kelas/[id]/sesi/[sessionId]/laporan/[reportId]': { scoped: true, url: (w, side) => `/provinsi/kelas/${w.sides[side].cohortId}/sesi/${w.sides[side].onlineSessionId}/laporan/${w.sides[side].reportId}` },
  '/provinsi/peserta/[id]': { scoped: true, url: (w, side) => `/provinsi/peserta/${w.sides[side].participantId}` },
  '/provinsi/peserta/impor/[batchId]': { scoped: true, url: (w, side) => `/provinsi/peserta/impor/${w.sides[side].batchId}` },
}
