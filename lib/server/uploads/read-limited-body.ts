import 'server-only'

// Request bodies of route handlers are read only here, and only after the handler has checked the
// session and the permission. Content-Length is a hint, not a limit: a chunked body has none, so
// the bytes are counted as they arrive and reading stops at the route's limit. Multipart forms are
// parsed from the bytes counted here (request.formData() would read everything first). A refusal
// closes the connection, so the rest of a large body is not read off the wire either (decision 016).

export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'unreadable' }
export type LimitedForm = { ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'unreadable' }

/** The body, or 'too-large' as soon as more than `maxBytes` arrived. */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = request.headers.get('content-length')
  if (declared !== null && !(Number(declared) <= maxBytes)) return { ok: false, reason: 'too-large' }
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) return { ok: false, reason: 'too-large' }
      chunks.push(value)
    }
  } catch {
    return { ok: false, reason: 'unreadable' } // the client went away mid-body
  } finally {
    // Not cancel(): in Next that destroys the socket before the refusal can be sent. The refusal's
    // `Connection: close` (closingConnection) ends the connection once it is written.
    reader.releaseLock()
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) }
}

/** A multipart or urlencoded form, parsed from at most `maxBytes` of body. */
export async function readFormWithin(request: Request, maxBytes: number): Promise<LimitedForm> {
  const body = await readBodyWithin(request, maxBytes)
  if (!body.ok) return body
  const contentType = request.headers.get('content-type')
  if (!contentType) return { ok: false, reason: 'unreadable' }
  try {
    return { ok: true, form: await new Response(new Uint8Array(body.bytes), { headers: { 'Content-Type': contentType } }).formData() }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
}

/**
 * A response sent while (part of) the request body is still unread: `Connection: close` makes
 * Node close the socket once the response is written, instead of reading the rest to keep it alive.
 */
export function closingConnection<T extends Response>(response: T): T {
  response.headers.set('Connection', 'close')
  return response
}
