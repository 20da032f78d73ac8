import 'server-only'
import { isAppError, type AppErrorCode } from '@/lib/server/errors'

// What every route handler answers with: the HTTP status of a domain error, short Indonesian text
// and JSON bodies that are never cached, and the same-origin check Next applies to server actions.

export const STATUS_OF_ERROR = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409, RATE_LIMITED: 429 } as const satisfies Record<AppErrorCode, number>

const NO_STORE = { 'Cache-Control': 'private, no-store' }

export const textResponse = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE } })

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...NO_STORE } })

/** A domain error as the response its code calls for (the message is safe to show), or null for any other error. */
export function appErrorResponse(e: unknown, as: 'text' | 'json' = 'text'): Response | null {
  if (!isAppError(e)) return null
  const status = STATUS_OF_ERROR[e.code]
  return as === 'json' ? jsonResponse({ message: e.message, fieldErrors: e.fieldErrors }, status) : textResponse(e.message, status)
}

/** As Next checks server actions: a browser's Origin must name the host the request reached. */
export function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return false
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '').split(',')[0].trim()
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}
