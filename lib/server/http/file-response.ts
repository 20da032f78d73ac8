import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { appErrorResponse, textResponse } from './route-responses'

/** A name in a file name: ASCII only, safe in a Content-Disposition header without encoding. */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A signed-in GET that answers a file: 401 signed out, the domain's errors as their status with the
 * Indonesian message (a cohort or session out of scope is 404, like a malformed id), never cached.
 */
export async function fileResponse(make: (actor: Actor) => Promise<{ fileName: string; body: Buffer }>, contentType: string): Promise<Response> {
  const actor = await getActor()
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401)
  try {
    const { fileName, body } = await make(actor)
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'private, no-store' },
    })
  } catch (e) {
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
