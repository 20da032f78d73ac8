// The participant import with a 10,000-row .xlsx into one cohort of Jawa Barat, as its operator.
// Targets (PostgreSQL): preview (parse + validate + store the batch) under 5 s, confirm under 10 s.
//   (a) building the file with exceljs (the test fixture; not part of the target);
//   (b) per run, on a fresh database: the floor — read the same file with exceljs and insert its
//       10,000 participants with COPY … FROM STDIN on PostgreSQL (on PGlite, which has no COPY through
//       its adapter, one INSERT … SELECT FROM unnest(…) per 5,000 rows; bench/support/import-floor.ts) — then previewParticipantImport and
//       confirmParticipantImport, each compared with the floor.
//   npm run bench:import                                                 embedded PGlite (temp dir)
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:import
//                                             (a scratch database on that server, dropped after)
// Results → stdout and bench/results/participant-import[-postgresql].md
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import type { Actor } from '../lib/auth/actor'
import type { Database } from '../lib/db/client'
import { confirmParticipantImport } from '../lib/server/participants/import/confirm-participant-import'
import { previewParticipantImport } from '../lib/server/participants/import/preview-participant-import'
import { largeParticipantWorkbook } from '../tests/fixtures/participant-files'
import { importFloor } from './support/import-floor'
import { withBenchDatabase } from './support/scratch-database'
import { runBench, saveBenchResults } from './support/results'

// Throwaway keys for a throwaway database (NIKs are encrypted and hashed with these).
for (const name of ['AUTH_SECRET', 'NIK_ENCRYPTION_KEY', 'NIK_HASH_KEY']) process.env[name] ||= randomBytes(32).toString('base64')

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PREVIEW_TARGET_MS = 5000
const CONFIRM_TARGET_MS = 10_000
const serverUrl = process.env.BENCH_DATABASE_URL
const onPostgres = !!serverUrl

const ms = (n: number) => Math.round(n)
const seconds = (n: number) => (n / 1000).toFixed(2)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values: number[], f: (n: number) => string) => `${f(Math.min(...values))}–${f(Math.max(...values))}`

/** A program, wave and cohort of Jawa Barat (quota 20,000) and its province's operator. */
async function createCohort(database: Database): Promise<{ cohortId: string; operator: Actor }> {
  const { prisma } = database
  const program = await prisma.program.create({ data: { name: 'Bimtek SPP-TIK 2026 (bench)', kind: 'SPP_TIK', year: 2026 }, select: { id: true } })
  const wave = await prisma.wave.create({
    data: { programId: program.id, number: 1, startDate: new Date('2026-05-17T00:00:00Z'), endDate: new Date('2026-05-22T00:00:00Z'), mode: 'LURING' },
    select: { id: true },
  })
  const cohort = await prisma.cohort.create({
    data: {
      waveId: wave.id, provinceCode: '32', name: 'Kelas Jawa Barat', venue: 'Hotel Bandung', city: 'Bandung',
      startDate: new Date('2026-05-19T00:00:00Z'), endDate: new Date('2026-05-22T00:00:00Z'), quota: 20_000, status: 'OPEN',
    },
    select: { id: true },
  })
  const user = await prisma.user.create({
    data: { name: 'Operator Jawa Barat (bench)', role: 'OPERATOR_PROVINSI', provinceCode: '32', email: 'operator.32.bench@contoh.id' },
    select: { id: true, name: true },
  })
  return {
    cohortId: cohort.id,
    operator: { userId: user.id, name: user.name, role: 'OPERATOR_PROVINSI', provinceCode: '32', trainerId: null, participantId: null, ip: '127.0.0.1', userAgent: 'bench' },
  }
}

type Run = { floorReadMs: number; floorInsertMs: number; floorMs: number; previewMs: number; confirmMs: number }

async function benchRun(file: Buffer, run: number): Promise<{ label: string; prepareSeconds: number; result: Run }> {
  return withBenchDatabase('import', async ({ database, url, label, preparedMs }) => {
    const prepareSeconds = preparedMs / 1000

    const floor = await importFloor(database.prisma, file, onPostgres ? url : undefined)
    if (floor.inserted !== ROWS) throw new Error(`floor: expected ${ROWS} rows, inserted ${floor.inserted}`)
    // The floor's rows go again, so that the import finds an empty participant table (the cascade
    // reaches the user table, so the operator is created after it).
    await database.prisma.$executeRawUnsafe('TRUNCATE participant CASCADE')
    const { cohortId, operator } = await createCohort(database)

    const t0 = performance.now()
    const preview = await previewParticipantImport(operator, { cohortId, fileName: 'peserta-besar.xlsx', bytes: file })
    const t1 = performance.now()
    if (preview.summary.NEW !== ROWS) throw new Error(`preview: expected ${ROWS} NEW rows, got ${JSON.stringify(preview.summary)}`)
    const result = await confirmParticipantImport(operator, { batchId: preview.batchId })
    const t2 = performance.now()
    if (result.created !== ROWS || result.enrolled !== ROWS) throw new Error(`confirm: expected ${ROWS} created and enrolled, got ${JSON.stringify(result)}`)
    const [participants, enrolments, audit] = await Promise.all([
      database.prisma.participant.count(), database.prisma.enrolment.count({ where: { cohortId } }), database.prisma.auditLog.count({ where: { action: 'import' } }),
    ])
    if (participants !== ROWS || enrolments !== ROWS || audit !== ROWS + 1) throw new Error(`after confirm: ${participants} participants, ${enrolments} enrolments, ${audit} audit records`)

    const row: Run = { floorReadMs: floor.readMs, floorInsertMs: floor.insertMs, floorMs: floor.readMs + floor.insertMs, previewMs: t1 - t0, confirmMs: t2 - t1 }
    console.log(`run ${run}: floor ${ms(row.floorMs)} ms (read ${ms(row.floorReadMs)}, insert ${ms(row.floorInsertMs)}), preview ${ms(row.previewMs)} ms, confirm ${ms(row.confirmMs)} ms`)
    return { label, prepareSeconds, result: row }
  })
}

async function main() {
  const builds: number[] = []
  let file: Buffer | undefined
  for (let i = 0; i < 2; i++) {
    const started = performance.now()
    file = await largeParticipantWorkbook(ROWS)
    builds.push(performance.now() - started)
  }
  console.log(`built a ${ROWS}-row .xlsx (${Math.round(file!.length / 1024)} KiB) in ${builds.map(ms).join(', ')} ms`)

  const runs: Run[] = []
  let label = ''
  const prepare: number[] = []
  for (let i = 1; i <= RUNS; i++) {
    const run = await benchRun(file!, i)
    label = run.label
    prepare.push(run.prepareSeconds)
    runs.push(run.result)
  }
  const pick = (key: keyof Run) => runs.map((r) => r[key])
  const floor = median(pick('floorMs'))
  const preview = median(pick('previewMs'))
  const confirm = median(pick('confirmMs'))
  const verdict = (n: number, target: number) => (n < target ? 'under target' : '**over target**')
  const ratio = (values: number[]) => range(runs.map((r, i) => values[i] / r.floorMs), (n) => `${n.toFixed(1)}×`)

  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${label}. ` +
      `A ${ROWS.toLocaleString('en-US')}-row .xlsx (${Math.round(file!.length / 1024)} KiB, \`largeParticipantWorkbook\`, all rows valid and new) into one cohort ` +
      `of Jawa Barat (quota 20,000), as its operator; ${RUNS} runs, each on a fresh database (migrate, regions, cohort: ${range(prepare, (n) => n.toFixed(1))} s, not timed).`,
    '',
    `Building the file with exceljs (not part of the target): ${range(builds, (n) => String(ms(n)))} ms.`,
    '',
    '| step | median ms | range ms | ratio to the floor (range) | target |',
    '|---|---|---|---|---|',
    `| floor: read the file with exceljs | ${ms(median(pick('floorReadMs')))} | ${range(pick('floorReadMs'), (n) => String(ms(n)))} | | |`,
    `| floor: insert the rows (${onPostgres ? 'COPY FROM STDIN' : 'unnest, stand-in for COPY'}) | ${ms(median(pick('floorInsertMs')))} | ${range(pick('floorInsertMs'), (n) => String(ms(n)))} | | |`,
    `| **floor** (read + insert) | **${ms(floor)}** | ${range(pick('floorMs'), (n) => String(ms(n)))} | 1× | |`,
    `| **preview** (parse, validate, classify, store the batch) | **${ms(preview)}** | ${range(pick('previewMs'), (n) => String(ms(n)))} | ${ratio(pick('previewMs'))} | < 5 s: ${verdict(Math.max(...pick('previewMs')), PREVIEW_TARGET_MS)} |`,
    `| **confirm** (participants, enrolments, ${ROWS.toLocaleString('en-US')} + 1 audit records, one transaction) | **${ms(confirm)}** | ${range(pick('confirmMs'), (n) => String(ms(n)))} | ${ratio(pick('confirmMs'))} | < 10 s: ${verdict(Math.max(...pick('confirmMs')), CONFIRM_TARGET_MS)} |`,
    '',
    `Seconds: preview ${range(pick('previewMs'), seconds)} s, confirm ${range(pick('confirmMs'), seconds)} s, floor ${range(pick('floorMs'), seconds)} s.`,
  ].join('\n')
  saveBenchResults(`participant-import${onPostgres ? '-postgresql' : ''}`, table)
  if (onPostgres && (Math.max(...pick('previewMs')) >= PREVIEW_TARGET_MS || Math.max(...pick('confirmMs')) >= CONFIRM_TARGET_MS)) process.exitCode = 1
}

runBench(main)
