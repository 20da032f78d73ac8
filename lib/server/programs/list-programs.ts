import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/server/db'
import { requireAccess } from '@/lib/server/scope/access'

/** Every program, newest year first, with its curriculum size and how many waves and cohorts it has. */
export async function listPrograms(actor: Actor) {
  requireAccess(actor, 'read', 'program')
  const programs = await db.program.findMany({
    orderBy: [{ year: 'desc' }, { name: 'asc' }],
    select: {
      id: true, name: true, kind: true, year: true,
      modules: { select: { jp: true } },
      waves: { select: { _count: { select: { cohorts: true } } } },
    },
  })
  return programs.map(({ modules, waves, ...p }) => ({
    ...p,
    moduleCount: modules.length,
    totalJp: modules.reduce((sum, m) => sum + m.jp, 0),
    waveCount: waves.length,
    cohortCount: waves.reduce((sum, w) => sum + w._count.cohorts, 0),
  }))
}
