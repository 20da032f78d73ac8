// Signed-in traffic of every role against one app instance, for bench/two-instances.ts: each
// request is recorded with its start, status and latency; each write the app acknowledged is
// recorded with what identifies it in the database afterwards (unique names, ids, codes).
import { randomInt } from 'node:crypto'
import { participantCsv, participantRow } from '../../tests/fixtures/participant-files'
import { callFormAction, type ActionResult } from './server-action'

export type Outcome = number | 'timeout' | 'network'
export type Sample = { instance: string; role: string; what: string; start: number; ms: number; status: Outcome }

export type Acknowledged = {
  participants: { id: string; name: string; by: string }[]
  accessCodes: { participantId: string; code: string }[]
  /** Previews the app answered (stored batches), with the names in their file. */
  previews: { batchId: string; names: string[] }[]
  /** Confirmed imports (the confirm redirected back to the batch page). */
  imports: { batchId: string; names: string[] }[]
}

export type TrafficContext = {
  runId: string
  cohortId: string
  /** A demo participant of Jawa Barat, for the participant pages. */
  demoParticipantId: string
  cookies: { admin: string; operator: string; trainer: string; participant: string }
  actions: Map<string, string>
  acknowledged: Acknowledged
  samples: Sample[]
  stopAt: number
}

const REQUEST_TIMEOUT_MS = 15_000
const THINK_MS = 150
let serial = 0
const RUN_DIGITS = String(randomInt(10, 100))

/** NIKs of Kecamatan Cileunyi born 2001–2006 (the demo's are older) and 0819… numbers, unique in the run. */
function nextPerson(runId: string, label: string) {
  const n = serial++
  const day = String(1 + (n % 28)).padStart(2, '0')
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')
  const year = String(1 + (Math.floor(n / 336) % 6)).padStart(2, '0')
  const nik = `320405${day}${month}${year}${String(1 + randomInt(9999)).padStart(4, '0')}`
  const phone = `0819${RUN_DIGITS}${String(n).padStart(6, '0')}`
  return { name: `Bench ${runId} ${label} ${n}`, nik, phone }
}

type Step = (ctx: TrafficContext, baseUrl: string, record: (what: string, run: (signal: AbortSignal) => Promise<Outcome>) => Promise<void>) => Promise<void>

async function timedFetch(url: string, cookie: string, signal: AbortSignal, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, redirect: 'manual', signal, headers: { cookie, ...(init.headers as Record<string, string> | undefined) } })
}

const page = (path: (ctx: TrafficContext) => string, who: keyof TrafficContext['cookies']): Step => async (ctx, baseUrl, record) => {
  await record(`GET ${path(ctx).replace(/[0-9a-f-]{36}/, '[id]')}`, async (signal) => {
    const response = await timedFetch(baseUrl + path(ctx), ctx.cookies[who], signal)
    await response.arrayBuffer()
    return response.status
  })
}

/** Registers a new participant into the bench cohort, then gives them an access code. */
const registerAndIssue = (who: 'admin' | 'operator'): Step => async (ctx, baseUrl, record) => {
  const area = who === 'admin' ? '/admin/peserta' : '/provinsi/peserta'
  const person = nextPerson(ctx.runId, who)
  let id: string | undefined
  await record('action registerParticipant', async (signal) => {
    const result = await callFormAction(baseUrl, `${area}/baru`, ctx.actions.get('registerParticipantAction')!, ctx.cookies[who], {
      name: person.name, nik: person.nik, phone: person.phone, email: '', institutionType: 'PERPUSTAKAAN_DESA',
      institutionName: 'Perpustakaan Desa Cinunuk', npp: '', regencyCode: '32.04', villageCode: '', cohortId: ctx.cohortId,
    }, signal)
    id = new RegExp(`^${area}/([0-9a-f-]{36})`).exec(result.redirect ?? '')?.[1]
    if (id) ctx.acknowledged.participants.push({ id, name: person.name, by: who })
    return outcomeOf(result, !!id)
  })
  if (!id) return
  await record('action issueAccessCode', async (signal) => {
    const result = await callFormAction(baseUrl, `${area}/${id}`, ctx.actions.get('issueAccessCodeAction')!, ctx.cookies[who], { participantId: id! }, signal)
    const code = result.value?.status === 'success' ? String(result.value.accessCode) : undefined
    if (code) ctx.acknowledged.accessCodes.push({ participantId: id!, code })
    return outcomeOf(result, !!code)
  })
}

/** A three-row CSV checked by POST /api/peserta/impor, then confirmed on its preview page. */
const importParticipants: Step = async (ctx, baseUrl, record) => {
  const people = [0, 1, 2].map(() => nextPerson(ctx.runId, 'impor'))
  const csv = participantCsv(people.map((p) => participantRow(p.nik, p.phone, { 'Nama Lengkap': p.name })))
  let batchId: string | undefined
  await record('POST /api/peserta/impor', async (signal) => {
    const form = new FormData()
    form.append('cohortId', ctx.cohortId)
    form.append('file', new Blob([new Uint8Array(csv)], { type: 'text/csv' }), `bench-${people[0].nik}.csv`)
    const response = await timedFetch(`${baseUrl}/api/peserta/impor`, ctx.cookies.operator, signal, { method: 'POST', body: form })
    const body = (await response.json().catch(() => ({}))) as { batchId?: string; toWrite?: number }
    if (response.ok && body.batchId) {
      batchId = body.batchId
      ctx.acknowledged.previews.push({ batchId, names: people.map((p) => p.name) })
    }
    return response.status
  })
  if (!batchId) return
  const returnTo = `/provinsi/peserta/impor/${batchId}`
  await record('action confirmParticipantImport', async (signal) => {
    const result = await callFormAction(baseUrl, returnTo, ctx.actions.get('confirmParticipantImportAction')!, ctx.cookies.operator, { batchId: batchId!, returnTo }, signal)
    const confirmed = result.redirect === returnTo
    if (confirmed) ctx.acknowledged.imports.push({ batchId: batchId!, names: people.map((p) => p.name) })
    return outcomeOf(result, confirmed)
  })
}

// An action answers 200 with a refusal in its state (e.g. a validation message): recorded as 422.
const outcomeOf = (result: ActionResult, acknowledged: boolean): Outcome =>
  acknowledged ? (result.redirect ? 303 : result.status) : result.status >= 400 ? result.status : 422

/** Each role's round, repeated until the end of the run. */
export const ROUNDS: Record<keyof TrafficContext['cookies'], Step[]> = {
  admin: [
    page(() => '/admin', 'admin'), page(() => '/admin/peserta', 'admin'), page((c) => `/admin/peserta/${c.demoParticipantId}`, 'admin'),
    page(() => '/admin/jadwal', 'admin'), registerAndIssue('admin'),
  ],
  operator: [
    page(() => '/provinsi', 'operator'), page(() => '/provinsi/peserta', 'operator'), page((c) => `/provinsi/peserta/${c.demoParticipantId}`, 'operator'),
    registerAndIssue('operator'), importParticipants,
  ],
  trainer: [page(() => '/pelatih', 'trainer'), page(() => '/pelatih/jadwal', 'trainer')],
  participant: [page(() => '/peserta', 'participant')],
  // MARKS AND CHECK-INS: attendance marks (trainer) and QR check-ins (participant) do not exist yet.
  // When they do, add their steps here — a mark or check-in with a unique session/participant pair,
  // recorded in `acknowledged` — and their presence checks in bench/two-instances.ts (checkWrites).
}

/** Runs one role's rounds against one instance until `ctx.stopAt`. */
export async function runRole(ctx: TrafficContext, instance: string, baseUrl: string, role: keyof TrafficContext['cookies']): Promise<void> {
  const record = async (what: string, run: (signal: AbortSignal) => Promise<Outcome>) => {
    const start = Date.now()
    let status: Outcome
    try {
      status = await run(AbortSignal.timeout(REQUEST_TIMEOUT_MS))
    } catch (e) {
      status = (e as Error).name === 'TimeoutError' ? 'timeout' : 'network'
    }
    ctx.samples.push({ instance, role, what, start, ms: Date.now() - start, status })
  }
  while (Date.now() < ctx.stopAt) {
    for (const step of ROUNDS[role]) {
      if (Date.now() >= ctx.stopAt) return
      await step(ctx, baseUrl, record)
      await new Promise((r) => setTimeout(r, THINK_MS))
    }
  }
}

/** GET /api/health every 200 ms until `stopAt`. */
export async function probeHealth(ctx: TrafficContext, instance: string, baseUrl: string): Promise<void> {
  while (Date.now() < ctx.stopAt) {
    const start = Date.now()
    let status: Outcome
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      await response.arrayBuffer()
      status = response.status
    } catch (e) {
      status = (e as Error).name === 'TimeoutError' ? 'timeout' : 'network'
    }
    ctx.samples.push({ instance, role: 'load balancer', what: 'GET /api/health', start, ms: Date.now() - start, status })
    await new Promise((r) => setTimeout(r, 200))
  }
}
