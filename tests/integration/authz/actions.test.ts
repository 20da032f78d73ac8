// The authorization matrix for server actions: every action of tests/authz/matrix.ts, called as every
// subject on a fresh target of its own side and of the other side, against the real database. Only
// the session is stubbed (the actor a signed-in request would carry), and Next's request-bound
// helpers. An allowed call must succeed and write its audit record; a refused one must be refused for
// its authorization (FORBIDDEN, NOT_FOUND, no session) and leave every row as it was.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppError } from '@/lib/server/errors'
import { getActor } from '@/lib/server/auth/session'
import { ACTIONS, SUBJECTS, type ActionName, type Row, type Subject, type Verdict } from '../../authz/matrix'
import { ACTION_CASES } from './action-cases'
import { buildWorld, rowCounts, SIDES, type Side, type World } from './world'

const caught = vi.hoisted(() => ({ errors: [] as unknown[] }))

// Every domain error an action turns into a form state passes isAppError: remembered, so a state's
// message can be told apart as a refusal (FORBIDDEN, NOT_FOUND) or a rejected input.
vi.mock('@/lib/server/errors', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/errors')>()
  return { ...real, isAppError: (e: unknown, code?: AppError['code']) => (real.isAppError(e) && caught.errors.push(e), real.isAppError(e, code)) }
})
vi.mock('@/lib/server/auth/session', async () => {
  const { redirect, forbidden } = await import('next/navigation')
  const { hasPermission } = await import('@/lib/auth/permissions')
  const getActor = vi.fn()
  // As the real ones, over the stubbed getActor.
  const requireActor = async () => (await getActor()) ?? redirect('/masuk')
  const requirePermission = async (permission: string) => {
    const actor = await requireActor()
    if (!hasPermission(actor.role, permission as never)) forbidden()
    return actor
  }
  return { getActor, requireActor, requirePermission }
})
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => { throw new Error(`NEXT_REDIRECT ${url}`) },
  forbidden: () => { throw new Error('NEXT_HTTP_ERROR_FALLBACK;403') },
  notFound: () => { throw new Error('NEXT_HTTP_ERROR_FALLBACK;404') },
}))
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'bimtek.test', 'user-agent': 'vitest' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}))

type Outcome = { kind: 'allowed' | 'refused' | 'unexpected'; detail: string }
const SESSION_ENDED = 'Sesi Anda telah berakhir. Silakan masuk kembali.'
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'])

function describeError(e: AppError) {
  return `${e.code}: ${e.message}${e.fieldErrors ? ` ${JSON.stringify(e.fieldErrors)}` : ''}`
}

/** What the call did, as the browser would see it. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  caught.errors.length = 0
  try {
    const result = await call()
    const state = result as { status?: string; message?: string } | null
    if (state?.status === 'error') {
      if (state.message === SESSION_ENDED) return { kind: 'refused', detail: 'no session' }
      const error = caught.errors.at(-1) as AppError | undefined
      if (error && REFUSALS.has(error.code)) return { kind: 'refused', detail: describeError(error) }
      return { kind: 'unexpected', detail: error ? describeError(error) : `error state: ${state.message}` }
    }
    return { kind: 'allowed', detail: state?.status ?? 'returned' }
  } catch (e) {
    const error = e as AppError & Error
    if (error?.name === 'AppError') return REFUSALS.has(error.code) ? { kind: 'refused', detail: describeError(error) } : { kind: 'unexpected', detail: `threw ${describeError(error)}` }
    const message = String(error?.message ?? e)
    if (message.startsWith('NEXT_REDIRECT /masuk')) return { kind: 'refused', detail: 'sent to sign in' }
    if (message.startsWith('NEXT_REDIRECT ')) return { kind: 'allowed', detail: message }
    if (message.startsWith('NEXT_HTTP_ERROR_FALLBACK')) return { kind: 'refused', detail: message }
    return { kind: 'unexpected', detail: `threw ${message}` }
  }
}

const expected = (verdict: Verdict, side: Side) => (verdict === 'yes' || (verdict === 'own' && side === 'own') ? 'allowed' : 'refused')

let world: World
beforeAll(async () => {
  world = await buildWorld()
})

it('has a case for every action of the matrix, and none for an action not in it', () => {
  const rows = Object.keys(ACTIONS).sort()
  expect(Object.keys(ACTION_CASES).sort(), 'add the missing case to tests/integration/authz/action-cases.ts').toEqual(rows)
  for (const [name, row] of Object.entries(ACTIONS) as [ActionName, Row][]) {
    if (ACTION_CASES[name].scoped) continue
    for (const subject of SUBJECTS) expect(row[subject], `${name} has no side: 'own' cannot apply to ${subject}`).not.toBe('own')
  }
})

describe.each(Object.keys(ACTIONS) as ActionName[])('%s', (name) => {
  it('allows and refuses exactly as the matrix says, and a refusal writes nothing', async () => {
    const row: Row = ACTIONS[name]
    const actionCase = ACTION_CASES[name]
    const mismatches: string[] = []
    for (const subject of SUBJECTS as readonly Subject[]) {
      for (const side of actionCase.scoped ? SIDES : (['own'] as const)) {
        const call = await actionCase.prepare(world, side)
        vi.mocked(getActor).mockResolvedValue(world.actors[subject])
        const before = await rowCounts()
        const outcome = await outcomeOf(call)
        const after = await rowCounts()
        const want = expected(row[subject], side)
        const where = `${subject}${actionCase.scoped ? ` on ${side} side` : ''}`
        if (outcome.kind !== want) mismatches.push(`${where}: expected ${want}, got ${outcome.kind} (${outcome.detail})`)
        else if (want === 'refused' && JSON.stringify(after) !== JSON.stringify(before)) {
          mismatches.push(`${where}: refused (${outcome.detail}) but rows changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
        } else if (want === 'allowed' && actionCase.writes !== false && after.audit <= before.audit) {
          mismatches.push(`${where}: allowed but wrote no audit record`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})
