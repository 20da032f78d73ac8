// Migrations without Prisma's native binary. DATABASE_URL as for the app (default: the embedded database).
//   npm run db:migrate:create -- <name>   create a migration from schema.prisma (on a throwaway in-memory database)
//   npm run db:migrate:deploy             apply pending migrations
//   npm run db:migrate:status             show what is applied and pending
import { openDatabase } from '../lib/db/client'
import { createMigration, deployMigrations, lastEnginePanic, migrationStatus } from '../lib/db/migrate-engine'

async function main() {
  const [command, name = 'migration'] = process.argv.slice(2)
  // New migrations are diffed against an empty in-memory database: no server needed, no real data at risk.
  const db = openDatabase(command === 'create' ? 'pglite:memory://' : undefined)
  try {
    const factory = db.migrationFactory()
    if (command === 'create') {
      const created = await createMigration(factory, name)
      console.log(created ? `created prisma/migrations/${created}` : 'schema unchanged: no migration created')
    } else if (command === 'deploy') {
      const applied = await deployMigrations(factory)
      console.log(applied.length ? `applied ${applied.join(', ')}` : 'no pending migrations')
    } else if (command === 'status') {
      console.log(JSON.stringify(await migrationStatus(factory), null, 2))
    } else {
      throw new Error('usage: migrate.ts create <name> | deploy | status')
    }
  } finally {
    await db.close()
  }
}

main().catch((e) => {
  console.error(lastEnginePanic(), e)
  process.exit(1)
})
