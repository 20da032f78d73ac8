import 'server-only'
import { headers } from 'next/headers'

/**
 * This site's public origin for links that leave the browser (calendar feeds, WhatsApp messages,
 * QR codes on printed cards): NEXTAUTH_URL when set (production), otherwise as this request reached
 * the site — the app trusts its proxy's forwarded host, as next-auth does with AUTH_TRUST_HOST.
 */
export async function getSiteOrigin(): Promise<{ host: string; proto: string; origin: string }> {
  const configured = process.env.NEXTAUTH_URL
  if (configured) {
    const url = new URL(configured)
    return { host: url.host, proto: url.protocol.replace(':', ''), origin: url.origin }
  }
  const h = await headers()
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0].trim()
  const proto = (h.get('x-forwarded-proto') ?? 'https').split(',')[0].trim()
  return { host, proto, origin: `${proto}://${host}` }
}
