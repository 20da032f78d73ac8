// Forms posted to pages (server actions, and the no-JavaScript form posts that reach them) are
// capped at one size, in two places that must agree: next.config.ts (serverActions.bodySizeLimit,
// proxyClientMaxBodySize) and proxy.ts, which refuses a larger body before Next's action handler
// would (Next 16 answers a body over its limit with a 500). The largest existing form is the
// confirmation of a 2,000-row trainer import: a 71 KB signed preview, twice when a failed submit
// echoes it back; 512 KB leaves room for less compressible rows (decision 016).
// Pure: proxy.ts imports it, and proxy.ts must not import server-only modules.

export const FORM_POST_LIMIT_BYTES = 512 * 1024
/** The same, as next.config.ts writes it. */
export const FORM_POST_LIMIT = '512kb'

const plain = (message: string, status: number) =>
  new Response(message, {
    status,
    // The rest of the body is not wanted: close the connection instead of reading it to keep it alive.
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
  })

/**
 * A refusal for a page POST whose body is too large or of unknown length, else null. Content-Length
 * frames the body (Node reads exactly that many bytes), so checking it is enough; browsers always
 * send it with a form, so a chunked body without one is refused rather than read.
 */
export function refuseLargeFormPost(request: Request): Response | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null
  const length = request.headers.get('content-length')
  if (length === null) {
    return request.headers.has('transfer-encoding') ? plain('Permintaan ditolak: ukuran isi formulir tidak disebutkan.', 411) : null
  }
  if (!(Number(length) <= FORM_POST_LIMIT_BYTES)) {
    return plain(`Isian formulir terlalu besar (maksimal ${FORM_POST_LIMIT_BYTES / 1024} KB). Kurangi isinya lalu kirim lagi.`, 413)
  }
  return null
}
