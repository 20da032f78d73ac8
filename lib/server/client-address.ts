import 'server-only'
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SERVER } from '@/lib/client-address'

type HeaderSource = Headers | { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined

const underOurServer = () => (globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_SERVER] === true

/**
 * The client's address as our HTTP server (scripts/serve.ts) determined it, for rate limits and the
 * audit log. Null (unknown) when the app runs under anything else (`next start`, a test runner):
 * the header could then come from the client, and an unknown address is safer than a chosen one.
 */
export function requestClientAddress(headers: HeaderSource): string | null {
  if (!headers || !underOurServer()) return null
  const value = typeof headers.get === 'function' ? (headers as { get(name: string): string | null }).get(CLIENT_ADDRESS_HEADER) : (headers as Record<string, string | string[] | undefined>)[CLIENT_ADDRESS_HEADER]
  return (Array.isArray(value) ? value[0] : value) || null
}
