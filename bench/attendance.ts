// Attendance figures of issue 10, each beside its floor measured in the same run:
//   - one mark (POST /api/presensi) under an open-loop load of 60 marks/s from 189 trainers; the floor is
//     the cheapest signed-in dynamic route (GET /api/auth/session) at the same rate; then the rate at which
//     the p95 of one mark crosses 100 ms;
//   - an offline batch of 60 marks in one request;
//   - the self check-in burst: 300 signed-in participants of five classes open the QR code's address
//     (GET /peserta/hadir/[sessionId]?kode=…) within one minute, then all 300 within 15 seconds.
// The app runs on a scratch database the bench fills first (bench/support/attendance-world.ts), embedded
// PGlite by default or PostgreSQL with BENCH_DATABASE_URL=postgresql://…
//   npm run bench:attendance     results → stdout and bench/results/attendance[-postgresql].md
import { randomBytes, randomUUID } from 'node:crypto'
import { cpus } from 'node:os'
import { openDatabase } from '../lib/db/client'
import { deployMigrations } from '../lib/db/migrate-engine'
import { loadReferenceRegions } from '../prisma/seed/reference'
import { checkInSessionKey, currentCheckInCode } from '../lib/attendance/check-in-code'
import { ACCESS_CODE, buildAttendanceWorld, PASSWORD, type BenchParticipant, type BenchTrainer } from './support/attendance-world'
import { loadTable, runOpenLoop, summarise, type LoadResult } from './support/load'
import { scratchDatabase } from './support/scratch-database'
import { startApp } from './support/server'
import { signInCookie } from './support/sign-in'
import { runBench, saveBenchResults } from './support/results'

// A throwaway database gets throwaway keys (never .data/secrets.json); the app gets the same ones.
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

const RATE = Number(process.env.BENCH_RATE ?? 60)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const RAMP = [80, 100, 150, 200, 300, 400]
const STATUSES = ['HADIR', 'HADIR', 'HADIR', 'HADIR', 'TERLAMBAT', 'IZIN', 'SAKIT', 'ALPA'] as const

type SignedInTrainer = BenchTrainer & { cookie: string }
type SignedInParticipant = BenchParticipant & { cookie: string }

const post = (baseUrl: string, cookie: string, marks: unknown[]) =>
  fetch(`${baseUrl}/api/presensi`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ marks }) })

/** A trainer's tap: one mark of a random participant of their cohort, made just now. */
function oneMark(trainers: SignedInTrainer[], i: number) {
  const trainer = trainers[i % trainers.length]
  const enrolmentId = trainer.enrolmentIds[Math.floor(Math.random() * trainer.enrolmentIds.length)]
  return { trainer, mark: { clientMutationId: randomUUID(), sessionId: trainer.sessionIds[0], enrolmentId, status: STATUSES[i % STATUSES.length], markedAt: new Date().toISOString() } }
}

const allApplied = async (r: Response) => r.ok && ((await r.json()) as { results: { outcome: string }[] }).results.every((x) => x.outcome !== 'REFUSED')

/** What the phone opens after scanning the code on the trainer's screen: the code of this moment. */
function scanCheckInCode(baseUrl: string, participant: SignedInParticipant, sessionId: string) {
  const { code } = currentCheckInCode(checkInSessionKey(process.env.AUTH_SECRET!, sessionId), Date.now())
  return fetch(`${baseUrl}/peserta/hadir/${sessionId}?kode=${code}`, { headers: { cookie: participant.cookie }, redirect: 'manual' })
}
/** Only a check-in that made the mark counts: not a refusal, nor a mark that was there already. */
const checkedIn = async (r: Response) => r.ok && (await r.text()).includes('Terima kasih, kehadiran Anda tercatat')

/** Sign-ins cost an Argon2 verification each: a few at a time, as a hall's phones would. */
async function signInAll<T extends { phone: string }>(baseUrl: string, people: T[]): Promise<(T & { cookie: string })[]> {
  const signedIn: (T & { cookie: string })[] = []
  for (let i = 0; i < people.length; i += 4) {
    signedIn.push(...await Promise.all(people.slice(i, i + 4).map(async (p) => ({ ...p, cookie: await signInCookie(baseUrl, 'peserta', { phone: p.phone, accessCode: ACCESS_CODE }) }))))
  }
  return signedIn
}

async function main() {
  const scratch = await scratchDatabase('attendance')
  try {
    const prepared = performance.now()
    const database = openDatabase(scratch.url)
    await deployMigrations(database.migrationFactory())
    await loadReferenceRegions(database.prisma)
    const world = await buildAttendanceWorld(database)
    await database.close()
    console.log(`world of ${world.trainers.length} trainers ready in ${Math.round(performance.now() - prepared)} ms on ${scratch.label}`)

    const app = await startApp({ port: 3210, databaseUrl: scratch.url })
    try {
      const { baseUrl } = app
      const trainers: SignedInTrainer[] = []
      for (const t of world.trainers) trainers.push({ ...t, cookie: await signInCookie(baseUrl, 'staf', { email: t.email, password: PASSWORD }) })
      const sessionUrl = `${baseUrl}/api/auth/session`
      // Warm both routes (lazy route modules, JIT, caches).
      await runOpenLoop(20, 3, (i) => { const { trainer, mark } = oneMark(trainers, i); return post(baseUrl, trainer.cookie, [mark]) })
      await runOpenLoop(20, 2, (i) => fetch(sessionUrl, { headers: { cookie: trainers[i % trainers.length].cookie } }))

      const floor = await runOpenLoop(RATE, SECONDS, (i) => fetch(sessionUrl, { headers: { cookie: trainers[i % trainers.length].cookie } }))
      const marks = await runOpenLoop(RATE, SECONDS, (i) => { const { trainer, mark } = oneMark(trainers, i); return post(baseUrl, trainer.cookie, [mark]) }, allApplied)
      console.log('floor', floor, '\none mark', marks)

      // The check-in bursts, each on a session of its own that nothing else marks. Warm the page first
      // (without a code it only renders the form and writes nothing).
      const participants = await signInAll(baseUrl, world.participants)
      await runOpenLoop(10, 2, (i) => fetch(`${baseUrl}/peserta/hadir/${participants[i].sessionIds[0]}`, { headers: { cookie: participants[i].cookie } }))
      const checkInMinute = await runOpenLoop(participants.length / 60, 60, (i) => scanCheckInCode(baseUrl, participants[i], participants[i].sessionIds[0]), checkedIn)
      console.log('check-in burst, 300 in a minute', checkInMinute)
      const checkInRush = await runOpenLoop(participants.length / 15, 15, (i) => scanCheckInCode(baseUrl, participants[i], participants[i].sessionIds[1]), checkedIn)
      console.log('check-in burst, 300 in 15 s', checkInRush)

      const ramp: [number, LoadResult][] = []
      for (const rate of RAMP) {
        const result = await runOpenLoop(rate, 10, (i) => { const { trainer, mark } = oneMark(trainers, i); return post(baseUrl, trainer.cookie, [mark]) }, allApplied)
        ramp.push([rate, result])
        console.log(`ramp ${rate}/s`, result)
        if (result.p95 > 100) break
      }
      const crossing = ramp.find(([, r]) => r.p95 > 100)?.[0]

      // Offline batches: a whole roster of 60 in one request, each trainer's second session, one after another.
      const batchTimes: number[] = []
      for (const trainer of trainers.slice(0, 30)) {
        const batch = trainer.enrolmentIds.map((enrolmentId, i) => ({ clientMutationId: randomUUID(), sessionId: trainer.sessionIds[1], enrolmentId, status: STATUSES[i % STATUSES.length], markedAt: new Date(Date.now() - 60_000).toISOString(), queued: true }))
        const t = performance.now()
        const response = await post(baseUrl, trainer.cookie, batch)
        if (!(await allApplied(response))) throw new Error(`batch refused: ${response.status}`)
        batchTimes.push(performance.now() - t)
      }
      const batches = summarise(batchTimes, 0, 1)

      const label = `${scratch.label}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`
      const table = [
        `Measured ${label}. Open loop from a second process; ${trainers.length} trainers signed in, each marking their own cohort of 60.`,
        '',
        ...loadTable([
          [`floor: \`GET /api/auth/session\` (signed in) at ${RATE}/s`, floor],
          [`one mark \`POST /api/presensi\` at ${RATE}/s`, marks],
          ...ramp.map(([rate, r]): [string, LoadResult] => [`one mark at ${rate}/s (ramp)`, r]),
          [`self check-in (QR address) of ${participants.length} participants in 60 s`, checkInMinute],
          [`self check-in of the same ${participants.length} in 15 s, next session`, checkInRush],
        ]),
        '',
        `p95 of one mark crosses 100 ms at: ${crossing ? `${crossing}/s` : `not within ${RAMP.at(-1)}/s`}.`,
        '',
        `Offline batch of 60 marks in one request (${batches.requests} batches, one after another): p50 ${batches.p50} ms, p95 ${batches.p95} ms, max ${batches.max} ms.`,
      ].join('\n')
      saveBenchResults(`attendance${process.env.BENCH_DATABASE_URL ? '-postgresql' : ''}`, table)
      if (marks.errors || floor.errors || checkInMinute.errors || checkInRush.errors) process.exitCode = 1
    } finally {
      await app.stop()
    }
  } finally {
    await scratch.drop()
  }
}

runBench(main)
