// Extra national rounds for the timeline benchmark, written with set-based SQL (a few statements a
// year, seconds in all): one program a year, 4 waves × 38 provinces, 12 sessions a cohort, 3–5
// trainers a cohort from the existing ones, 35–54 participants a cohort (some withdrawn). Ids are
// derived with md5(…)::uuid so that statements can find each other's rows without a round trip.
import type { PrismaClient } from '../../generated/prisma/client'

export type RoundsSummary = { programs: number; cohorts: number; sessions: number; assignments: number; participants: number }

const programName = (year: number) => `Bimtek SPP-TIK ${year}`

/** The program's cohorts, numbered 0… in a stable order, as a CTE usable by every statement below. */
const cohortsOf = `
  cohorts AS (
    SELECT c.id, c."provinceCode", c."startDate", (row_number() OVER (ORDER BY c.id) - 1)::int AS i
    FROM cohort c JOIN wave w ON w.id = c."waveId" JOIN program p ON p.id = w."programId"
    WHERE p.name = $1
  )`

async function addRound(prisma: PrismaClient, year: number, latest: boolean) {
  const name = programName(year)
  const run = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(sql, name, ...params)
  await run(`INSERT INTO program (id, name, kind, year, "minAttendancePercent", "postTestRequired", "postTestPassMark", "updatedAt")
             VALUES (md5($1)::uuid, $1, 'SPP_TIK', $2::int, 80, true, 70, now())`, year)
  await run(`INSERT INTO module (id, "programId", title, jp, "order")
             SELECT md5($1 || ':module:' || g)::uuid, md5($1)::uuid, 'Modul ' || g, 3, g FROM generate_series(1, 8) g`)
  // Waves a week apart from the third Sunday of May, like the 2024 round.
  await run(`INSERT INTO wave (id, "programId", number, "startDate", "endDate", mode)
             SELECT md5($1 || ':wave:' || g)::uuid, md5($1)::uuid, g, make_date($2::int, 5, 19) + (g - 1) * 7, make_date($2::int, 5, 23) + (g - 1) * 7, 'LURING'
             FROM generate_series(1, 4) g`, year)
  // Past rounds are completed; the latest is being prepared (a mix of draft, open and running).
  await run(`INSERT INTO cohort (id, "waveId", "provinceCode", sequence, name, venue, city, "startDate", "endDate", quota, status, "updatedAt")
             SELECT md5($1 || ':cohort:' || w.number || ':' || pr.code)::uuid, w.id, pr.code, 1, 'Kelas ' || pr.name, 'Hotel ' || pr.name, 'Ibu kota ' || pr.name,
                    w."startDate" + 1, w."endDate", 60,
                    (CASE WHEN $2::boolean THEN (ARRAY['DRAFT', 'OPEN', 'RUNNING'])[1 + (ascii(pr.code) + w.number) % 3] ELSE 'COMPLETED' END)::"CohortStatus", now()
             FROM wave w CROSS JOIN province pr WHERE w."programId" = md5($1)::uuid`, latest)
  // 12 sessions over three days, from 08.00 UTC+7-ish; exact local hours do not matter to the timeline.
  await run(`WITH ${cohortsOf}
             INSERT INTO session (id, "cohortId", kind, title, "startsAt", "endsAt", jp, mode)
             SELECT gen_random_uuid(), c.id, 'MODULE', 'Sesi ' || (d * 4 + s + 1),
                    (c."startDate" + d)::timestamp + interval '1 hour' + s * interval '105 minutes',
                    (c."startDate" + d)::timestamp + interval '2 hours 30 minutes' + s * interval '105 minutes', 2, 'LURING'
             FROM cohorts c CROSS JOIN generate_series(0, 2) d CROSS JOIN generate_series(0, 3) s`)
  // 3–5 trainers a cohort (so some are under-staffed), spread over every trainer.
  await run(`WITH ${cohortsOf}, trainers AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i, count(*) OVER ()::int AS n FROM trainer)
             INSERT INTO trainer_assignment (id, "trainerId", "cohortId", role)
             SELECT gen_random_uuid(), t.id, c.id, (CASE WHEN k = 0 THEN 'LEAD' ELSE 'SUPPORT' END)::"AssignmentRole"
             FROM cohorts c CROSS JOIN generate_series(0, 4) k JOIN trainers t ON t.i = (c.i * 5 + k) % t.n
             WHERE k < 3 + c.i % 3`)
  // Participants with placeholder NIK columns (never decrypted by the timeline); phones +6280… are outside the demo's range.
  await run(`WITH ${cohortsOf}
             INSERT INTO participant (id, name, "nikCiphertext", "nikHash", "nikMasked", sex, phone, "institutionType", "institutionName", "regencyCode", "provinceCode", "updatedAt")
             SELECT md5($1 || ':p:' || c.id || ':' || n)::uuid, 'Peserta ' || $2::int || '-' || c.i || '-' || n, 'bench', md5($1 || ':nik:' || c.id || ':' || n),
                    c."provinceCode" || '**********' || lpad(n::text, 4, '0'), (CASE WHEN n % 2 = 0 THEN 'P' ELSE 'L' END)::"Sex",
                    '+6280' || lpad(($2::int % 100)::text, 2, '0') || lpad(c.i::text, 3, '0') || lpad(n::text, 2, '0'), 'TBM', 'TBM ' || n,
                    (SELECT min(r.code) FROM regency r WHERE r."provinceCode" = c."provinceCode"), c."provinceCode", now()
             FROM cohorts c CROSS JOIN LATERAL generate_series(1, 35 + c.i % 20) n`, year)
  await run(`WITH ${cohortsOf}
             INSERT INTO enrolment (id, "participantId", "cohortId", "programId", status, "updatedAt")
             SELECT gen_random_uuid(), md5($1 || ':p:' || c.id || ':' || n)::uuid, c.id, md5($1)::uuid,
                    (CASE WHEN n <= 2 THEN 'WITHDRAWN' WHEN $2::boolean THEN 'REGISTERED' WHEN n % 9 = 0 THEN 'FAILED' ELSE 'PASSED' END)::"EnrolmentStatus", now()
             FROM cohorts c CROSS JOIN LATERAL generate_series(1, 35 + c.i % 20) n`, latest)
}

/** Adds a round for each year (the last one "being prepared") and returns the totals of all rounds in the database. */
export async function addTimelineRounds(prisma: PrismaClient, years: number[]): Promise<RoundsSummary> {
  const newest = Math.max(...years)
  for (const year of years) await addRound(prisma, year, year === newest)
  const [programs, cohorts, sessions, assignments, participants] = await Promise.all([
    prisma.program.count(), prisma.cohort.count(), prisma.session.count(), prisma.trainerAssignment.count(), prisma.participant.count(),
  ])
  return { programs, cohorts, sessions, assignments, participants }
}

export async function programIdByName(prisma: PrismaClient, year: number): Promise<string> {
  return (await prisma.program.findUniqueOrThrow({ where: { name: programName(year) }, select: { id: true } })).id
}
