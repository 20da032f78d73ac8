import { isIP } from 'node:net'

// Where a request came from, decided once by our own HTTP server (scripts/serve.ts) from the TCP
// socket and, only behind a configured number of trusted proxies, from X-Forwarded-For. The app
// reads the result from CLIENT_ADDRESS_HEADER and nothing else (lib/server/client-address.ts):
// `next start` alone would pass on whatever X-Forwarded-For a client invents (decision 014).

/** Set by our server on every request after removing any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-bimtek-client-address'

/** Present on globalThis only inside our server's process: without it the header is not trusted. */
export const CLIENT_ADDRESS_SERVER = Symbol.for('bimtek.client-address-server')

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (default 0). */
export function parseTrustedHops(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"`)
  return hops
}

const normalize = (address: string | undefined): string | null => {
  const trimmed = address?.trim().replace(/^\[(.*)\]$/, '$1')
  if (!trimmed || !isIP(trimmed)) return null
  // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d: one address, one spelling.
  return trimmed.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')
}

/**
 * The client's address. With 0 trusted hops: the socket's peer; X-Forwarded-For is ignored. With N:
 * each trusted proxy appended the address it received the request from, so the N-th entry from the
 * right is the one the outermost trusted proxy saw; entries further left were written by the client
 * and are never used. A chain shorter than N falls back to its leftmost entry (written by a trusted
 * proxy all the same). Null when the chosen value is not an IP address.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | null {
  if (trustedHops === 0) return normalize(socketAddress)
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '').split(',').map((e) => e.trim()).filter(Boolean)
  if (!entries.length) return normalize(socketAddress)
  return normalize(entries[Math.max(0, entries.length - trustedHops)])
}
