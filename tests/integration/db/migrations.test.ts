// prisma/schema.prisma and prisma/migrations must describe the same database, migrations must be
// safe to re-run at every start, and the template every integration test copies must hold the
// reference regions.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '@/lib/db/client'
import { deployMigrations, diffSchemaAgainstMigrations, listMigrations, migrationStatus, SCHEMA_FILE } from '@/lib/db/migrate-engine'
import { getDatabase } from '@/lib/server/db'
import { describeDatabaseKind, testDb } from '@/tests/support/database'

// The schema engine is WebAssembly doing CPU-bound work (a diff replays every migration on a shadow
// database): 15–17 s a test at a load average of 5 on 2 cores (measured 2026-12-04), 30 s and more
// under heavier load. These tests get the time that work needs on a busy machine, not the 30 s default.
const SCHEMA_ENGINE_TIMEOUT = 240_000

describe('migrations on a fresh embedded database', { timeout: SCHEMA_ENGINE_TIMEOUT }, () => {
  let fresh: Database
  let firstDeploy: string[]
  let tempDir: string

  beforeAll(async () => {
    fresh = openDatabase('pglite:memory://')
    firstDeploy = await deployMigrations(fresh.migrationFactory())
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'bimtek-schema-'))
  }, SCHEMA_ENGINE_TIMEOUT)

  afterAll(async () => {
    await fresh?.close()
    if (tempDir) await rm(tempDir, { recursive: true, force: true })
  })

  it('applies every migration folder once, then nothing', async () => {
    const folders = (await listMigrations()).migrationDirectories.map((d) => d.path)
    expect(folders.length).toBeGreaterThan(0)
    expect(firstDeploy).toEqual(folders)
    expect(await deployMigrations(fresh.migrationFactory())).toEqual([])
  })

  it('finds schema.prisma and prisma/migrations in agreement', async () => {
    const drift = await diffSchemaAgainstMigrations(fresh.migrationFactory())
    // On failure, show the SQL a new migration would need (npm run db:migrate:create -- <name>).
    expect(drift?.migrationScript).toBeUndefined()
  })

  it('detects drift when the schema gains a column the migrations lack', async () => {
    const schema = await readFile(SCHEMA_FILE, 'utf8')
    const modified = schema.replace(/^model Province \{$/m, 'model Province {\n  driftProbe String?')
    expect(modified).not.toBe(schema)
    const schemaFile = path.join(tempDir, 'schema.prisma')
    await writeFile(schemaFile, modified)

    const drift = await diffSchemaAgainstMigrations(fresh.migrationFactory(), 'drift', schemaFile)
    expect(drift?.migrationScript).toMatch(/ALTER TABLE "province" ADD COLUMN\s+"driftProbe" TEXT/)
  })
})

describe("the test file's database copy", { timeout: SCHEMA_ENGINE_TIMEOUT }, () => {
  it('is fully migrated: deploy applies nothing and the history is clean', async () => {
    const factory = getDatabase().migrationFactory()
    expect(await deployMigrations(factory)).toEqual([])
    const status = await migrationStatus(factory)
    expect(status.hasMigrationsTable).toBe(true)
    expect(status.failedMigrationNames).toEqual([])
    expect(status.editedMigrationNames).toEqual([])
    expect(status.history).toBeNull()
  })

  it(`holds the reference regions (${describeDatabaseKind()})`, async () => {
    const prisma = testDb()
    const [provinces, regencies, districts, villages] = await Promise.all([
      prisma.province.findMany({ select: { code: true, timeZone: true, timeZoneLabel: true } }),
      prisma.regency.count(),
      prisma.district.count(),
      prisma.village.count(),
    ])
    expect(provinces).toHaveLength(38)
    expect({ regencies, districts, villages }).toEqual({ regencies: 514, districts: 7285, villages: 83762 })

    const zoneOf = Object.fromEntries(provinces.map((p) => [p.code, `${p.timeZone} ${p.timeZoneLabel}`]))
    for (const p of provinces) {
      expect(['Asia/Jakarta WIB', 'Asia/Makassar WITA', 'Asia/Jayapura WIT']).toContain(zoneOf[p.code])
    }
    expect(zoneOf['31']).toBe('Asia/Jakarta WIB') // DKI Jakarta
    expect(zoneOf['64']).toBe('Asia/Makassar WITA') // Kalimantan Timur
    expect(zoneOf['94']).toBe('Asia/Jayapura WIT') // Papua
  })
})
