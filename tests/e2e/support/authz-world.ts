// The demo database as the authorization matrix sees it, over HTTP only (the e2e server may run on an
// embedded database no other process can open): request contexts signed in as each subject, and the
// ids of side "own" (Jawa Barat, the demo operator's province) and side "other" (Kalimantan Timur),
// read from the pages each province's operator sees.
import pg from 'pg'
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { participantCsv, participantRow } from '../../fixtures/participant-files'
import { zoomReportForSession } from '../../fixtures/meeting-reports'
import type { Subject } from '../../authz/matrix'
import { DEMO_ACCOUNTS } from './accounts'
import { queryE2eDb } from './e2e-db'

export type Side = 'own' | 'other'
/** One mark's place in a cohort where the demo trainer teaches on side "own" and does not on side "other". */
export type AttendanceIds = { cohortId: string; sessionId: string; enrolmentId: string }
/** onlineSessionId: the cohort's online closing session; reportId: a stored meeting-report preview of it. */
export type SideIds = {
  /** importCohortId: a class of the side that takes registrations (decision 034). */
  cohortId: string; importCohortId: string; participantId: string; batchId: string; attendance: AttendanceIds
  onlineSessionId: string; onlineSession: { startsAt: Date; endsAt: Date }; timeZone: string; reportId: string
}
export type MatrixWorld = {
  contexts: Record<Subject, APIRequestContext>
  sides: Record<Side, SideIds>
  programId: string
  waveId: string
  trainerId: string
  calendarPath: string
  /** Sessions for the attendance rows: of the demo trainer's cohorts and not, of the demo participant's cohort and not. */
  sessions: { trainer: Record<Side, string>; participant: Record<Side, string> }
  /** Certificates (issue 11): "own" the demo participant's (Jawa Barat), "other" one of Kalimantan Timur; their cohorts and the 2024 wave. */
  certificates: { ids: Record<Side, string>; cohortIds: Record<Side, string>; waveId: string }
  dispose: () => Promise<void>
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

async function signedIn(baseURL: string, who: 'adminPusat' | 'operatorJabar' | 'operatorKaltim' | 'pelatih' | 'peserta'): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL })
  const { csrfToken } = await (await context.get('/api/auth/csrf')).json()
  const [provider, credentials] = who === 'peserta'
    ? ['peserta', { phone: DEMO_ACCOUNTS.peserta.phoneAsTyped, accessCode: DEMO_ACCOUNTS.peserta.accessCode }]
    : ['staf', { email: DEMO_ACCOUNTS[who].email, password: DEMO_ACCOUNTS[who].password }]
  const response = await context.post(`/api/auth/callback/${provider}`, { form: { ...credentials, csrfToken, json: 'true' }, maxRedirects: 0 })
  expect(response.status(), `sign-in of ${who}`).toBeLessThan(400)
  expect((await context.storageState()).cookies.some((c) => c.name.endsWith('next-auth.session-token')), `session cookie of ${who}`).toBe(true)
  return context
}

/** All distinct ids in the page's links of the form prefix/<uuid>. */
async function idsIn(context: APIRequestContext, url: string, prefix: string): Promise<string[]> {
  const response = await context.get(url)
  expect(response.status(), url).toBe(200)
  const html = await response.text()
  return [...new Set([...html.matchAll(new RegExp(`${prefix}/(${UUID})`, 'g'))].map((m) => m[1]))]
}

/** A cohort's first session and participant, from the correction links of its recap (Admin Pusat). */
async function attendanceIds(admin: APIRequestContext, cohortId: string | undefined): Promise<AttendanceIds> {
  expect(cohortId, 'a cohort for the attendance targets').toBeTruthy()
  const response = await admin.get(`/admin/kelas/${cohortId}/presensi`)
  expect(response.status()).toBe(200)
  const link = new RegExp(`koreksi\\?sesi=(${UUID})&(?:amp;)?peserta=(${UUID})`).exec(await response.text())
  expect(link, `a participant and a session in cohort ${cohortId}`).toBeTruthy()
  return { cohortId: cohortId!, sessionId: link![1], enrolmentId: link![2] }
}

/**
 * Ids of one province as its operator sees them. The last cohort: other specs print the first one's
 * cards. The import preview goes to a class that takes registrations (decision 034).
 */
async function sideIds(operator: APIRequestContext, importCohortId: string): Promise<Omit<SideIds, 'attendance'>> {
  const cohortId = (await idsIn(operator, '/provinsi/kelas', '/provinsi/kelas')).at(-1)!
  const participantId = (await idsIn(operator, '/provinsi/peserta', '/provinsi/peserta'))[0]
  // An import preview of this side (a stored batch; never confirmed), for the preview pages.
  const preview = await operator.post('/api/peserta/impor', {
    multipart: { cohortId: importCohortId, file: { name: 'peserta.csv', mimeType: 'text/csv', buffer: participantCsv([participantRow('3204051205900001', '081399990001')]) } },
  })
  expect(preview.status(), 'import preview for the matrix').toBe(200)
  const { batchId } = await preview.json()
  const report = await meetingReportOf(operator, cohortId)
  expect(cohortId && participantId && batchId && report.onlineSessionId && report.reportId).toBeTruthy()
  return { cohortId, importCohortId, participantId, batchId, ...report }
}

/** The cohort's online session (the demo's closings are held online) and a meeting-report preview of it. */
export async function meetingReportOf(operator: APIRequestContext, cohortId: string) {
  const onlineSessionId = (await idsIn(operator, `/provinsi/kelas/${cohortId}`, `/provinsi/kelas/${cohortId}/sesi`))[0]
  const page = await (await operator.get(`/provinsi/kelas/${cohortId}/sesi/${onlineSessionId}/laporan`)).text()
  const attribute = (name: string) => new RegExp(`data-${name}="([^"]+)"`).exec(page)?.[1] ?? ''
  const session = { startsAt: new Date(attribute('starts-at')), endsAt: new Date(attribute('ends-at')) }
  const timeZone = attribute('time-zone')
  const csv = zoomReportForSession(session, timeZone, [{ name: 'Tamu Matriks', from: 0, to: 40 }])
  const upload = await operator.post('/api/presensi/laporan', {
    multipart: { sessionId: onlineSessionId, file: { name: 'participants_matriks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
  })
  expect(upload.status(), 'meeting report preview for the matrix').toBe(200)
  return { onlineSessionId, onlineSession: session, timeZone, reportId: (await upload.json()).reportId as string }
}

/**
 * The demo trainer's sessions are the events of their calendar feed (UID <session id>@…); the demo
 * participant's are on their page (id="sesi-<session id>"); sessions of side "other" come from
 * Admin Pusat's page of that side's cohort, skipping any the trainer or the participant has.
 */
async function sessionIds(admin: APIRequestContext, trainer: APIRequestContext, participant: APIRequestContext, calendarPath: string, otherCohortId: string) {
  const all = (text: string, pattern: string) => [...new Set([...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[1]))]
  const feed = all(await (await trainer.get(calendarPath)).text(), `UID:(${UUID})@`)
  const own = all(await (await participant.get('/peserta')).text(), `id="sesi-(${UUID})"`)
  const elsewhere = all(await (await admin.get(`/admin/kelas/${otherCohortId}`)).text(), `name="sessionId" value="(${UUID})"`)
  const otherForTrainer = elsewhere.find((id) => !feed.includes(id))
  const otherForParticipant = elsewhere.find((id) => !own.includes(id))
  expect(feed.length && own.length && otherForTrainer && otherForParticipant, 'sessions for the attendance rows').toBeTruthy()
  return { trainer: { own: feed[0], other: otherForTrainer! }, participant: { own: own[0], other: otherForParticipant! } }
}

export async function buildMatrixWorld(baseURL: string): Promise<MatrixWorld> {
  const [admin, operator, trainer, participant, otherOperator] = await Promise.all([
    signedIn(baseURL, 'adminPusat'), signedIn(baseURL, 'operatorJabar'), signedIn(baseURL, 'pelatih'), signedIn(baseURL, 'peserta'), signedIn(baseURL, 'operatorKaltim'),
  ])
  const signedOut = await playwrightRequest.newContext({ baseURL })
  const { practiceClass, openKaltimClass } = await classesTakingRegistrations()
  const [ownIds, otherIds] = await Promise.all([sideIds(operator, practiceClass), sideIds(otherOperator, openKaltimClass)])
  // Attendance targets: on side "own" a Jawa Barat cohort the demo trainer teaches, on "other" a Kalimantan Timur one they do not.
  const [trainerCohorts, ownCohorts, otherCohorts] = await Promise.all([
    idsIn(trainer, '/pelatih', '/pelatih/kelas'), idsIn(operator, '/provinsi/kelas', '/provinsi/kelas'), idsIn(otherOperator, '/provinsi/kelas', '/provinsi/kelas'),
  ])
  const [ownAttendance, otherAttendance] = await Promise.all([
    attendanceIds(admin, ownCohorts.find((id) => trainerCohorts.includes(id))),
    attendanceIds(admin, otherCohorts.find((id) => id !== openKaltimClass && !trainerCohorts.includes(id))),
  ])
  const own: SideIds = { ...ownIds, attendance: ownAttendance }
  const other: SideIds = { ...otherIds, attendance: otherAttendance }
  const programId = (await idsIn(admin, '/admin/program', '/admin/program'))[0]
  const waveId = (await idsIn(admin, `/admin/program/${programId}`, '/admin/gelombang'))[0]
  const trainerId = (await idsIn(admin, '/admin/pelatih', '/admin/pelatih'))[0]
  const schedule = await (await trainer.get('/pelatih/jadwal')).text()
  const calendarPath = /\/api\/kalender\/pelatih\/[^"'<\s]+/.exec(schedule)?.[0]
  expect(programId && waveId && trainerId && calendarPath).toBeTruthy()
  const sessions = await sessionIds(admin, trainer, participant, calendarPath!, other.cohortId)
  const certificates = await certificateIds(participant)
  return {
    contexts: { admin, operator, trainer, participant, signedOut },
    sides: { own, other }, programId, waveId, trainerId, calendarPath: calendarPath!, sessions, certificates,
    dispose: async () => {
      for (const c of [admin, operator, trainer, participant, otherOperator, signedOut]) await c.dispose()
    },
  }
}

/**
 * Classes that take registrations, for the import previews: the demo's practice class (Jawa Barat),
 * and, as the demo's Kalimantan Timur classes of 2024 are finished, an open one of the matrix's own
 * in the practice wave, written into the e2e database (PostgreSQL runs).
 */
async function classesTakingRegistrations() {
  const rows = await queryE2eDb<{ practice: string; kaltim: string }>(
    `WITH practice AS (SELECT id, "waveId", "startDate", "endDate" FROM cohort WHERE name = 'Kelas Praktik Jawa Barat'),
          kaltim AS (
            INSERT INTO cohort (id, "waveId", "provinceCode", sequence, name, venue, city, "startDate", "endDate", quota, status, "updatedAt")
            SELECT gen_random_uuid(), "waveId", '64', 1000 + floor(random() * 1000000)::int, 'Kelas Matriks Kalimantan Timur', 'Hotel Uji', 'Samarinda', "startDate", "endDate", 60, 'OPEN', now()
            FROM practice RETURNING id)
     SELECT practice.id::text AS practice, kaltim.id::text AS kaltim FROM practice, kaltim`)
  expect(rows?.[0]?.kaltim, 'the practice class and an open Kalimantan Timur class in the e2e database (run with TEST_DATABASE_URL)').toBeTruthy()
  return { practiceClass: rows![0].practice, openKaltimClass: rows![0].kaltim }
}

/** The demo participant's certificate from their page; a Kalimantan Timur one from the e2e database (PostgreSQL runs, as in CI). */
async function certificateIds(participant: APIRequestContext): Promise<MatrixWorld['certificates']> {
  const page = await (await participant.get('/peserta')).text()
  const own = new RegExp(`/api/sertifikat/(${UUID})`).exec(page)?.[1]
  const serverUrl = process.env.TEST_DATABASE_URL?.trim()
  expect(own && serverUrl, 'the demo participant\'s certificate, and the e2e database on PostgreSQL').toBeTruthy()
  const url = new URL(serverUrl!)
  url.pathname = `/bimtek_e2e_${process.env.E2E_PORT ?? '3100'}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const rows = (await client.query<{ id: string; cohortId: string; waveId: string; province: string }>(
      `SELECT c.id::text, e."cohortId"::text AS "cohortId", co."waveId"::text AS "waveId", co."provinceCode" AS province
       FROM certificate c JOIN enrolment e ON e.id = c."enrolmentId" JOIN cohort co ON co.id = e."cohortId"
       WHERE c."revokedAt" IS NULL AND (c.id = $1 OR co."provinceCode" = '64') ORDER BY (c.id = $1) DESC, c.number LIMIT 2`, [own])).rows
    const [mine, theirs] = rows
    return { ids: { own: mine.id, other: theirs.id }, cohortIds: { own: mine.cohortId, other: theirs.cohortId }, waveId: mine.waveId }
  } finally {
    await client.end()
  }
}
