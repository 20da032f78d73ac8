import 'server-only'
import { headers } from 'next/headers'
import { feedPath } from './feed-token'

/**
 * The absolute addresses of a trainer's feed as this request reached the site (the app trusts its
 * proxy's forwarded host, as next-auth does with AUTH_TRUST_HOST): webcal:// opens the phone's
 * calendar app directly, http(s):// is what Google Calendar's "From URL" wants.
 */
export async function getFeedLinks(trainerId: string): Promise<{ webcalUrl: string; httpsUrl: string }> {
  const h = await headers()
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0].trim()
  const proto = (h.get('x-forwarded-proto') ?? 'https').split(',')[0].trim()
  const path = feedPath(trainerId)
  return { webcalUrl: `webcal://${host}${path}`, httpsUrl: `${proto}://${host}${path}` }
}
