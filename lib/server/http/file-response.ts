import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, type Action, type Entity } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'
import { appErrorResponse, isCrossOrigin, textResponse } from './route-responses'

/** A name in a file name: ASCII only, safe in a Content-Disposition header without encoding. */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A signed-in GET that answers a file: 401 signed out, the domain's errors as their status with the
 * Indonesian message (a cohort or session out of scope is 404, like a malformed id), never cached.
 */
export async function fileResponse(make: (actor: Actor) => Promise<MadeFile>, contentType: string): Promise<Response> {
  const actor = await getActor()
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401)
  return answerWithFile(() => make(actor), contentType)
}

type MadeFile = { fileName: string; body: Uint8Array }
type PostedFileRule = { permission: readonly [Action, Entity]; refusal: string; maxBytes: number }

/**
 * A form POST that answers a file (cards that issue codes, an export of 2,000 picked ids): another
 * origin 403, signed out 401, without the permission 403 with `refusal`, all before a byte of the body
 * is read; then the form within `maxBytes` (413 over it, 400 unreadable), then as fileResponse.
 */
export async function postedFileResponse(request: Request, rule: PostedFileRule, make: (actor: Actor, form: FormData) => Promise<MadeFile>, contentType: string): Promise<Response> {
  if (isCrossOrigin(request)) return closingConnection(textResponse('Permintaan ditolak.', 403))
  const actor = await getActor()
  if (!actor) return closingConnection(textResponse('Sesi Anda telah berakhir. Silakan masuk kembali.', 401))
  if (!can(actor.role, ...rule.permission)) return closingConnection(textResponse(rule.refusal, 403))
  const read = await readFormWithin(request, rule.maxBytes)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large' ? textResponse('Permintaan terlalu besar.', 413) : textResponse('Permintaan tidak terbaca. Coba lagi.', 400))
  }
  return answerWithFile(() => make(actor, read.form), contentType)
}

/** The made file as a download, never cached; a domain error as its status with the Indonesian message. */
async function answerWithFile(make: () => Promise<MadeFile>, contentType: string): Promise<Response> {
  try {
    const { fileName, body } = await make()
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'private, no-store' },
    })
  } catch (e) {
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}
