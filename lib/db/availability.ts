// Whether this process can reach its database, as its own queries last saw it. A query that fails
// because the server is gone (refused, reset, shut down, no free connection in time) marks the
// database unavailable; the next query that succeeds marks it available again. While it is marked,
// `unavailableResponse` lets proxy.ts answer pages and actions with a clear 503 "layanan sedang
// terganggu" at once instead of letting each request fail deep in rendering with a 500.
// No Prisma and no 'server-only' here: proxy.ts imports it. The state lives on globalThis so the
// proxy and the routes of one process share it.

type State = { downSince: number | null; probe?: () => Promise<unknown>; probing?: Promise<boolean>; probedAt: number }
const g = globalThis as unknown as { __bimtekDatabaseAvailability?: State }
const state = (g.__bimtekDatabaseAvailability ??= { downSince: null, probedAt: 0 })

// PostgreSQL SQLSTATEs of a server that is going away or not there yet: class 08 (connection
// exception), 57P01–57P03 (shut down by the administrator, crashed, starting up), 53300 (no free slot).
const UNAVAILABLE_CODES = /^(08...|57P0[123]|53300)$/
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH'])
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Can't reach database server|Server has closed the connection|database is unavailable/i

type ErrorLike = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } }

/**
 * True when an error (from pg, from the driver adapter, or Prisma's wrapping of either) means the
 * database server could not be reached or dropped the connection — not that a query was wrong.
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false
  const e = error as ErrorLike
  if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true
  for (const code of [e.code, e.originalCode]) {
    if (typeof code === 'string' && (UNAVAILABLE_CODES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code) || code === 'P1001' || code === 'P1017')) return true
  }
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true
  return isDatabaseUnavailableError(e.cause, depth + 1) || isDatabaseUnavailableError(e.meta?.driverAdapterError, depth + 1)
}

/** Called by the database layer after every query: keeps the state in step with what queries see. */
export function reportDatabaseResult(error?: unknown): void {
  if (error === undefined) state.downSince = null
  else if (isDatabaseUnavailableError(error)) state.downSince ??= Date.now()
}

export const isDatabaseMarkedDown = () => state.downSince !== null

/** The cheapest query that proves the database answers (lib/server/db.ts registers it). */
export function setDatabaseProbe(probe: () => Promise<unknown>): void {
  state.probe = probe
}

/** Runs `query`, failing with a database-unavailable error after `timeoutMs`. */
export async function withTimeout<T>(query: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`database is unavailable: no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs)
  })
  try {
    return await Promise.race([query, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const PROBE_INTERVAL_MS = 1000
const PROBE_TIMEOUT_MS = 2000

/** While marked down: one probe at a time, at most once a second, for every waiting request. */
async function probeAgain(): Promise<boolean> {
  if (!state.probe) return false
  if (state.probing) return state.probing
  if (Date.now() - state.probedAt < PROBE_INTERVAL_MS) return false
  state.probedAt = Date.now()
  state.probing = withTimeout(state.probe(), PROBE_TIMEOUT_MS).then(
    () => { reportDatabaseResult(); return true },
    (e) => { reportDatabaseResult(e); return false },
  ).finally(() => { state.probing = undefined })
  return state.probing
}

export const UNAVAILABLE_MESSAGE = 'Layanan sedang terganggu: basis data tidak dapat dihubungi. Data Anda aman; coba lagi dalam beberapa saat.'
const RETRY_AFTER_SECONDS = 5

/**
 * For proxy.ts: null while the database answers; otherwise a 503 page (a JSON body for requests
 * that ask for JSON) with Retry-After, once a fresh probe has confirmed the database is still away.
 */
export async function unavailableResponse(request: Request): Promise<Response | null> {
  if (state.downSince === null || (await probeAgain())) return null
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' }
  if (request.headers.get('accept')?.includes('application/json')) {
    return Response.json({ message: UNAVAILABLE_MESSAGE }, { status: 503, headers })
  }
  return new Response(unavailablePage(), { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}

// Plain HTML without the app's layout: rendering the layout is what cannot be done right now.
const unavailablePage = () => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layanan sedang terganggu</title><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}"></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 5rem auto; padding: 0 1.25rem; text-align: center; color: #0f172a">
<h1 style="font-size: 1.5rem">Layanan sedang terganggu</h1>
<p style="color: #475569">${UNAVAILABLE_MESSAGE}</p>
<p style="color: #475569">Halaman ini akan dimuat ulang otomatis.</p>
</body></html>`
