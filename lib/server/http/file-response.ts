import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { isAppError, type AppErrorCode } from '@/lib/server/errors'

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409, RATE_LIMITED: 429 } as const satisfies Record<AppErrorCode, number>

export const plainText = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } })

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A signed-in GET that answers a file: 401 signed out, the domain's errors as their status with the
 * Indonesian message (a cohort or session out of scope is 404, like a malformed id), never cached.
 */
export async function fileResponse(make: (actor: Actor) => Promise<{ fileName: string; body: Buffer }>, contentType: string): Promise<Response> {
  const actor = await getActor()
  if (!actor) return plainText('Silakan masuk terlebih dahulu.', 401)
  try {
    const { fileName, body } = await make(actor)
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'private, no-store' },
    })
  } catch (e) {
    if (isAppError(e)) return plainText(e.message, STATUS[e.code])
    throw e
  }
}
