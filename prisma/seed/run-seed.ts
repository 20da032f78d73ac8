// Reference regions and demo data in one call: `npm run db:seed`, `npm start` on an empty
// database, and tests use it. Needs the react-server condition (it hashes the demo secrets).
import type { PrismaClient } from '../../generated/prisma/client'
import { seedDemo, type SeedDemoSummary } from './demo'
import { loadReferenceRegions, type ReferenceCounts } from './reference'

export type SeedTimings = { referenceMs: number; demoMs: number; totalMs: number }
export type SeedResult = { reference: ReferenceCounts; demo: SeedDemoSummary; timings: SeedTimings }

export async function runSeed(prisma: PrismaClient, options: { log?: (message: string) => void } = {}): Promise<SeedResult> {
  const started = performance.now()
  const reference = await loadReferenceRegions(prisma)
  const referenceDone = performance.now()
  options.log?.(`reference regions: ${JSON.stringify(reference)} inserted (${Math.round(referenceDone - started)} ms)`)
  const demo = await seedDemo(prisma, options)
  const finished = performance.now()
  return {
    reference,
    demo,
    timings: { referenceMs: referenceDone - started, demoMs: finished - referenceDone, totalMs: finished - started },
  }
}
