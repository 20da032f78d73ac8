// `npm run db:seed`: reference regions and demo data into DATABASE_URL (default: the embedded
// database). Idempotent. Stop the app first on the embedded database: one process per directory.
import { openDatabase } from '../../lib/db/client'
import { runSeed } from './run-seed'

async function main() {
  const database = openDatabase()
  try {
    console.log(`seeding ${database.url.replace(/\/\/[^@/]*@/, '//…@')}`)
    const { timings, demo } = await runSeed(database.prisma, { log: (message) => console.log(`  ${message}`) })
    console.log(`demo: ${JSON.stringify(demo)}`)
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(`done: reference ${seconds(timings.referenceMs)}, demo ${seconds(timings.demoMs)}, total ${seconds(timings.totalMs)}`)
  } finally {
    await database.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
