// Prisma Migrate without the native schema-engine binary: @prisma/schema-engine-wasm driven by a
// Prisma driver adapter. Writes and reads the standard prisma/migrations folder and the
// _prisma_migrations table, so `prisma migrate deploy` with the native binary stays interchangeable.
// See docs/decisions/002-migrations-without-native-engine.md for the workarounds below.
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import * as wasm from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { MigrationList, SchemaEngine, SchemasContainer } from '@prisma/schema-engine-wasm'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory as AdapterFactory,
} from '@prisma/driver-adapter-utils'

export type { AdapterFactory }

const root = process.cwd()
export const SCHEMA_FILE = path.resolve(root, process.env.PRISMA_SCHEMA ?? 'prisma/schema.prisma')
export const MIGRATIONS_DIR = path.resolve(root, process.env.PRISMA_MIGRATIONS ?? 'prisma/migrations')
const filters = { externalTables: [] as string[], externalEnums: [] as string[] }

type PanicRegistry = { message: string; set_message(m: string): void; get(): string }
const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry; __schemaEngineReady?: boolean }

// The package entry imports its .wasm as an ES module (a flag on Node 20), so instantiate it by hand.
function initWasm() {
  if (g.__schemaEngineReady) return
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(m) { this.message = m },
    get() { return this.message },
  }
  // Resolve from the project root: bundlers rewrite import.meta.url-relative resolution.
  const file = createRequire(path.join(root, 'package.json'))
    .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    .replace(/\.js$/, '.wasm')
  const imports: Record<string, unknown> = { ...wasm }
  // The engine arms timers it never clears; unref them so scripts exit promptly.
  for (const key of Object.keys(imports)) {
    if (key.startsWith('__wbg_setTimeout_')) imports[key] = (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref()
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {
    './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
  })
  wasm.__wbg_set_wasm(instance.exports)
  ;(instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start()
  g.__schemaEngineReady = true
}

export const lastEnginePanic = () => g.PRISMA_WASM_PANIC_REGISTRY?.message ?? ''

type ScriptAdapter = { executeScript(sql: string): Promise<void>; dispose(): Promise<void> }
type RawClient = { exec?(sql: string): Promise<unknown>; query(sql: string): Promise<unknown> }

// adapter-pg splits scripts on ';' (breaks $$ bodies, not atomic) and pglite-prisma-adapter does not
// await them (a failing migration would be recorded as applied): send each migration as one script.
function sendWholeScripts<T extends ScriptAdapter>(adapter: T): T {
  const a = adapter as T & { client: RawClient; onError(e: unknown): never }
  a.executeScript = async (sql: string) => {
    try {
      await (a.client.exec ? a.client.exec(sql) : a.client.query(sql))
    } catch (e) {
      a.onError(e)
    }
  }
  return a
}

async function openEngine(factory: AdapterFactory, schema?: SchemasContainer) {
  initWasm()
  const opened: ScriptAdapter[] = [] // the engine never disposes what it connects
  const bound = bindMigrationAwareSqlAdapterFactory({
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => {
      const a = sendWholeScripts(await factory.connect())
      opened.push(a)
      return a
    },
    connectToShadowDb: async () => sendWholeScripts(await factory.connectToShadowDb()),
  })
  const log = (line: string) => { if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', line) }
  const datamodels = schema?.files.map((f) => [f.path, f.content] as [string, string])
  const engine = (await wasm.SchemaEngine.new({ datamodels }, log, bound)) as SchemaEngine
  return {
    engine,
    close: async () => {
      engine.free()
      for (const a of opened) await a.dispose()
    },
  }
}

export async function loadSchema(file = SCHEMA_FILE): Promise<SchemasContainer> {
  return { files: [{ path: file, content: await readFile(file, 'utf8') }] }
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export async function listMigrations(baseDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lock = await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8').catch(() => null)
  const dirs = existsSync(baseDir) ? (await readdir(baseDir, { withFileTypes: true })).filter((d) => d.isDirectory()) : []
  const migrationDirectories = await Promise.all(
    dirs.map(async (d) => ({
      path: d.name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, d.name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (e: Error) => ({ tag: 'error' as const, value: e.message }),
        ),
      },
    })),
  )
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path))
  return { baseDir, lockfile: { path: 'migration_lock.toml', content: lock }, migrationDirectories, shadowDbInitScript: '' }
}

/**
 * The migration that would take the migrations' end state to schema.prisma (or `schemaFile`), if any
 * (writes nothing).
 */
export async function diffSchemaAgainstMigrations(factory: AdapterFactory, name = 'drift', schemaFile = SCHEMA_FILE) {
  const schema = await loadSchema(schemaFile)
  const { engine, close } = await openEngine(factory, schema)
  try {
    const migrationsList = await listMigrations()
    const { action } = await engine.devDiagnostic({ migrationsList, filters })
    if (action.tag === 'reset') throw new Error(`database needs a reset: ${action.reason}`)
    await engine.applyMigrations({ migrationsList, filters })
    // The wasm engine has no shadow-database factory of its own; this call builds and caches it.
    await engine.devDiagnostic({ migrationsList, filters })
    // draft: false so an unchanged schema yields no script instead of an empty migration.
    const out = await engine.createMigration({ draft: false, migrationName: name, schema, migrationsList, filters })
    return out.migrationScript == null ? undefined : out
  } finally {
    await close()
  }
}

/** = `prisma migrate dev --create-only`: returns the new folder name, or undefined when the schema is unchanged. */
export async function createMigration(factory: AdapterFactory, name: string): Promise<string | undefined> {
  const out = await diffSchemaAgainstMigrations(factory, name)
  if (!out) return undefined
  const dir = path.join(MIGRATIONS_DIR, out.generatedMigrationName)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript!)
  await writeFile(
    path.join(MIGRATIONS_DIR, 'migration_lock.toml'),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
  )
  return out.generatedMigrationName
}

/** = `prisma migrate deploy`: applies pending migrations, returns their names. */
export async function deployMigrations(factory: AdapterFactory): Promise<string[]> {
  const { engine, close } = await openEngine(factory)
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await listMigrations(), filters })
    return appliedMigrationNames
  } finally {
    await close()
  }
}

/** ~ `prisma migrate status`. */
export async function migrationStatus(factory: AdapterFactory) {
  const { engine, close } = await openEngine(factory)
  try {
    return await engine.diagnoseMigrationHistory({ migrationsList: await listMigrations(), optInToShadowDatabase: false, filters })
  } finally {
    await close()
  }
}
